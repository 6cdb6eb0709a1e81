// written for the corpus
PROCEDURE ExportTableCSV(sPath is string) : boolean
nFileID is int
sLine is string

nFileID = fCreate(sPath)
IF nFileID = -1 THEN
	Error("Cannot create the file", ErrorInfo(errMessage))
	RESULT False
END
fWriteLine(nFileID, "Number;Date;Customer;Amount")
FOR i = 1 _TO_ TABLE_Orders..Occurrence
	sLine = TABLE_Orders[i].COL_Number + ";" + ...
		DateToString(TABLE_Orders[i].COL_Date, "MM/DD/YYYY") + ";" + ...
		TABLE_Orders[i].COL_Customer + ";" + ...
		NumToString(TABLE_Orders[i].COL_Amount, ".2f")
	fWriteLine(nFileID, sLine)
END
fClose(nFileID)
IF YesNo("Export done. Open the file?") = Yes THEN ShellExecute(sPath)
RESULT True
