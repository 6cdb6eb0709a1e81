// An uncaught ExceptionThrow is fatal: its message on stderr, exit status 1.
PROCEDURE Check(n)
	IF n > 3 THEN ExceptionThrow(99, "value too large: " + n)
	RESULT n
END
Trace(Check(1))
Trace(Check(10))
