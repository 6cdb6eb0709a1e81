// 1 million objects created (constructor with a parameter), a method called on each.
cPoint is Class
	m_nX is int
	m_nY is int
END

PROCEDURE cPoint::Constructor(n is int)
	:m_nX = n
	:m_nY = n % 7
END

PROCEDURE cPoint::Norm1() : int
	RESULT :m_nX + :m_nY
END

nTotal is int = 0
FOR i = 1 TO 1000000
	p is cPoint(i)
	nTotal += p:Norm1() % 1000
END
Trace(nTotal)
