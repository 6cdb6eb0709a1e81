// INTERNAL PROCEDURE: nested in a procedure, it sees the container's variables.
Report(["apple;3", "pear;2", "plum;"])

PROCEDURE Report(arrLines is array of string)
	nTotal is int = 0
	sMissing is string
	INTERNAL PROCEDURE Count(sLine is string, nDefault is int = 1) : int
		sQuantity is string = ExtractString(sLine, 2, ";")
		IF sQuantity = "" THEN
			sMissing += ExtractString(sLine, 1, ";") + " "
			RESULT nDefault
		END
		RESULT Val(sQuantity)
	END
	INTERNAL PROCEDURE Add(n is int)
		nTotal += n
	END
	FOR EACH sLine OF arrLines
		Add(Count(sLine))
	END
	Trace("total", nTotal, "without quantity:", sMissing)
END
