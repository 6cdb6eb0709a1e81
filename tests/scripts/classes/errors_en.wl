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
