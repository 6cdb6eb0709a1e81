// RESULT returns a value; RETURN leaves; a procedure without RESULT gives "".
PROCEDURE Sign(n)
	IF n < 0 THEN RESULT -1
	IF n = 0 THEN RESULT 0
	RESULT 1
END
PROCEDURE Nothing()
END
PROCEDURE EarlyExit(n)
	IF n > 0 THEN RETURN
	Trace("n is not positive")
END
Trace(Sign(-5), Sign(0), Sign(9))
Trace("[" + Nothing() + "]")
EarlyExit(1)
EarlyExit(0)
PROCEDURE Typed() : int
	RESULT "12"
END
Trace(Typed() + 1)
