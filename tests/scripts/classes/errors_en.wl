// Misuses of a class reported before anything runs.
cA is Class
	m_n is int
END
a is cA
a:Nope()
a:Run(1, 2)
Trace(a.m_x)
b is cA(3)
PROCEDURE cA::Run(n is int)
	:m_n = n
END
PROCEDURE cZ::Run()
END

cB is Class
	m_sPublic is string
PRIVATE
	m_nSecret is int
END
bb is cB
bb:Reveal()
Trace(bb.m_nSecret)

PROCEDURE cB::Reveal()
	Trace(:m_nSecret)
END
