// Several ancestors: PC SOFT's pages on multiple inheritance were not found, so wl reports
// the second ancestor instead of choosing how members and methods would combine.
cA is Class
	m_a is int
END
cB is Class
	m_b is int
END
cC is Class
	inherits from cA, cB
END
cD is Class
	inherits from cA
	inherits from cB
END
Trace("never printed")
