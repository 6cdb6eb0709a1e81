// InfoBuild / ErrorBuild print a message built as StringBuild builds it (Info on stdout,
// Error on stderr). ErrorPropagate passes a non-fatal error on to the caller, adding a
// message at its beginning and, optionally, replacing its number (1 to 1000).
PROCEDURE OpenFile(LOCAL sFileName is string)
nFile is int = fOpen(sFileName, foRead)
IF ErrorOccurred = True THEN
	ErrorPropagate("OpenFile could not open the file")
	RESULT -1
END
RESULT nFile
END

PROCEDURE OpenOrder(LOCAL sFileName is string)
IF OpenFile(sFileName) = -1 THEN
	ErrorPropagate(42, "no order")
	RESULT False
END
RESULT True
END

InfoBuild("%1 customers, %2 orders (100%%)", 3, 12)
ErrorBuild("cannot read %1", "orders.csv")
sMissing is string = fTempPath() + fSep() + "wl_no_such_file.txt"
OpenFile(sMissing)
Trace(ErrorOccurred, ExtractLine(ErrorInfo(errMessage), 1), ErrorInfo(errCode))
Trace(OpenOrder(sMissing), ErrorOccurred, ErrorInfo(errCode))
Trace(ExtractLine(ErrorInfo(errMessage), 1), "/", ExtractLine(ErrorInfo(errMessage), 2))
ErrorPropagate(1001)
