// 2 million calls of a small procedure.
PROCEDURE Add(a is int, b is int) : int
	RESULT a + b
END

nTotal is int = 0
FOR i = 1 TO 2000000
	nTotal = Add(nTotal, i % 1000)
END
Trace(nTotal)
