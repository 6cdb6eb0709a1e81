// A typed procedure that calls itself without end stops with "stack overflow" at the limit,
// with the call stack in the diagnostic.
PROCEDURE Down(n is int) : int
	RESULT Down(n + 1) + 1
END
WHEN EXCEPTION IN
	Down(0)
DO
	Trace(ExceptionInfo(errMessage))
END
Trace(Down(0))
