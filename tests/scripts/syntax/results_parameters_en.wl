// Several results (RESULT (a, b), (x, y) = f(), a declared `: (int, int)`) and variable
// parameters (PROCEDURE Sum(*), MyParameters).
nMin, nMax are int
(nMin, nMax) = MinMax([7, 3, 9, 4])
Trace("min", nMin, "max", nMax)
sFirst, sLast are string
(sFirst, sLast) = Split("Ada Lovelace")
Trace(sLast + ", " + sFirst)

Trace(Sum(), Sum(1), Sum(1, 2, 3, 4))
Describe("report")
Describe("report", 3, "extra", 4.5)

PROCEDURE MinMax(arr is array of int) : (int, int)
	nLow is int = arr[1]
	nHigh is int = arr[1]
	FOR EACH n OF arr
		IF n < nLow THEN nLow = n
		IF n > nHigh THEN nHigh = n
	END
	RESULT (nLow, nHigh)
END

PROCEDURE Split(sName is string)
	nSpace is int = Position(sName, " ")
	IF nSpace = 0 THEN RESULT (sName, "")
	RESULT (sName[[TO nSpace - 1]], sName[[nSpace + 1 TO]])
END

PROCEDURE Sum(*)
	nTotal is int = 0
	FOR i = 1 _TO_ MyParameters..Count
		nTotal += MyParameters[i]
	END
	RESULT nTotal
END

PROCEDURE Describe(sTitle is string, nLevel is int = 1, *)
	Trace(sTitle, "level", nLevel, "received", MyParameters..NbReceived, "count", MyParameters..Occurrence)
	FOR i = 3 TO MyParameters..Count
		Trace("  extra", i, MyParameters[i])
	END
END
