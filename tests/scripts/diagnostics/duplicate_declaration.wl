nCount is int
sName is string
nCount is int = 3
PROCEDURE P(a, a)
	x is int
	x is string
END
PROCEDURE P()
END
