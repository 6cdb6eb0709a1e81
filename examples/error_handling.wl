// error_handling.wl — WLanguage's two kinds of errors:
//  * functions that can fail return False (or "") and set ErrorOccurred / ErrorInfo;
//  * fatal errors stop the script unless WHEN EXCEPTION IN or CASE EXCEPTION: catches them.

// 1. A non-fatal error: the script goes on.
sConfig is string = fLoadText("/nonexistent/wl/settings.ini")
IF ErrorOccurred THEN
	Trace("no settings file, using defaults")
END

// 2. A fatal error caught where it happens.
arrPrices is array of real = [12.5, 8, 3.25]
WHEN EXCEPTION IN
	Trace(arrPrices[4])
DO
	Trace("caught:", ExceptionInfo(errMessage))
END

// 3. Your own exceptions, caught by the procedure's CASE EXCEPTION: block.
Trace(ParseQuantity("12"))
Trace(ParseQuantity("-4"))

// 4. CASE ERROR: runs when a function that can fail fails inside the procedure.
Trace(LoadTemplate("/nonexistent/wl/template.txt"))

PROCEDURE ParseQuantity(sText is string)
	n is int = Val(sText)
	IF n <= 0 THEN ExceptionThrow(400, "quantity must be positive, got " + sText)
	RESULT n
CASE EXCEPTION:
	Trace("invalid:", ExceptionInfo(errMessage))
	RESULT 0
END

PROCEDURE LoadTemplate(sPath is string)
	RESULT fLoadText(sPath)
CASE ERROR:
	RESULT "Dear customer, ..."
END
