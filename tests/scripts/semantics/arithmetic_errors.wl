// Division by zero inside loops and nested integer expressions is caught where it happens.
nSum is int = 0
WHEN EXCEPTION IN
	FOR i = 1 TO 3
		nSum += 10 % (2 - i) * 2
	END
DO
	Trace("caught:", ExceptionInfo(errMessage), nSum)
END
WHEN EXCEPTION IN
	nSum = nSum / (nSum - nSum)
DO
	Trace("caught:", ExceptionInfo(errMessage), nSum)
END
n is int = 0
IF 3 % n * 2 < 1 THEN Trace("never")
