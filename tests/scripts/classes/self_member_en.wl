// A dynamic member of the class's own type (a chain of nodes): its members and methods are
// checked before running, and its methods are called on it directly.
cNode is Class
	m_nValue is int
	m_pNext is cNode dynamic
END

pFirst is cNode dynamic = new cNode(1)
pFirst.m_pNext = new cNode(2)
pFirst.m_pNext.m_pNext = new cNode(3)
Trace(pFirst.m_pNext:Describe())
Trace(pFirst.Sum())
Trace(pFirst.m_pNext.m_pNext.m_pNext = Null)
WHEN EXCEPTION IN
	pFirst.m_pNext.m_pNext.m_pNext:Describe()
DO
	Trace("Null:", ExceptionInfo(errCode))
END

PROCEDURE cNode::Constructor(n is int)
	m_nValue = n
END

PROCEDURE cNode::Describe()
	RESULT "node " + m_nValue
END

PROCEDURE cNode::Sum()
	IF m_pNext = Null THEN RESULT m_nValue
	RESULT m_nValue + m_pNext.Sum()          // the next node's method
END
