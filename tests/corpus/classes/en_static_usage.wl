// written for the corpus
// Click BTN_Import
CLogger::Write("INFO", "Import started")
nCount is int = ImportCSV(EDT_File)
IF nCount < 0 THEN
	CLogger::Write("ERROR", "Import failed: " + ErrorInfo())
ELSE
	CLogger::Write("INFO", nCount + " rows imported")
END
