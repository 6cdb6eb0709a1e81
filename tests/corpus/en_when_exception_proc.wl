// written for the corpus
PROCEDURE ImportCustomerFile(sFile is string) : int
WHEN EXCEPTION
	Error("Import stopped: " + ExceptionInfo(errMessage))
	RESULT -1
END
RESULT ImportCSV(sFile)
