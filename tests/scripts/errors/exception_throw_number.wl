// PC SOFT's ExceptionThrow page: the error number is an integer from 1 to 1000.
WHEN EXCEPTION IN
	ExceptionThrow(1000, "the last number")
DO
	Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage))
END
ExceptionThrow(1001, "too large")
