// Mutual recursion without end stops with "stack overflow", not a crash.
PROCEDURE Ping(n)
	RESULT Pong(n + 1)
END
PROCEDURE Pong(n)
	RESULT Ping(n + 1)
END
WHEN EXCEPTION IN
	Ping(0)
DO
	Trace(ExceptionInfo(errMessage) [= "stack overflow")
END
Trace(Ping(0))
