// A FOR loop on a sized int variable: stepping past the type's range while the loop goes on
// is an overflow error; reaching the type's largest value and stopping is fine.
b is byte
FOR b = 250 TO 255
	Trace(b)
END
WHEN EXCEPTION IN
	FOR b = 254 TO 300
		Trace(b)
	END
DO
	Trace(ExceptionInfo(errMessage))
END
FOR i = 2147483646 TO 2147483647
	Trace(i)
END
