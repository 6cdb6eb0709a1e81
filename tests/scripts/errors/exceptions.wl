// WHEN EXCEPTION IN catches fatal errors and ExceptionThrow; ExceptionInfo tells which.
WHEN EXCEPTION IN
	ExceptionThrow(12, "bad input")
DO
	Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	s is string = "text"
	IF s THEN Trace("never")
DO
	Trace("type error:", ExceptionInfo(errMessage) [=] "condition")
END
WHEN EXCEPTION IN
	WHEN EXCEPTION IN
		Trace(1 / 0)
	DO
		Trace("inner")
		ExceptionThrow(1, "rethrown")
	END
DO
	Trace("outer:", ExceptionInfo(errMessage))
END
PROCEDURE Deep(n)
	IF n = 0 THEN ExceptionThrow(7, "from the bottom")
	Deep(n - 1)
END
WHEN EXCEPTION IN
	Deep(5)
DO
	Trace(ExceptionInfo())
END
Trace("done")
