// Memory of objects: 1M objects created and dropped, half of them in pairs that refer to
// each other; every cycle is broken (by `= Null` or by `delete`), so memory stays flat.
// Measure: /usr/bin/time -v target/release/wl run bench/objects_memory.wl (see docs/classes.md).
cNode is Class
	m_nValue is int
	m_pOther is cNode dynamic
END
nTotal is int
FOR i = 1 TO 1000000
	p is cNode dynamic = new cNode
	p.m_nValue = i
	IF i % 2 = 0 THEN
		q is cNode dynamic = new cNode
		p.m_pOther = q
		q.m_pOther = p      // a cycle
		IF i % 4 = 0 THEN q.m_pOther = Null ELSE delete q
	END
	nTotal += p.m_nValue % 10
END
Trace(nTotal)
