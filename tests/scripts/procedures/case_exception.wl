// CASE EXCEPTION: and CASE ERROR: at the end of a procedure.
PROCEDURE SafeDivide(a, b)
	RESULT a / b
CASE EXCEPTION:
	Trace("caught:", ExceptionInfo(errMessage))
	RESULT -1
END
Trace(SafeDivide(10, 4))
Trace(SafeDivide(1, 0))
PROCEDURE ReadConfig(sPath)
	s is string = fLoadText(sPath)
	Trace("not reached")
	RESULT s
CASE ERROR:
	Trace("error handled:", ErrorOccurred)
	RESULT "default"
END
Trace(ReadConfig("/nonexistent/wl/config.txt"))
