// source: help.windev.com "ExceptionThrow (Function)" (window global declarations example)
// -- Window global declarations
WHEN EXCEPTION
	// According to the exception code
	SWITCH ExceptionInfo(errCode)
		// Process the exception 1
		CASE 1: Trace("exception 1")
		// Process the exception 2
		CASE 2: Trace("exception 2")
	END
END
