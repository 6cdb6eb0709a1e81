// written for the corpus
PROCEDURE ImportCSV(sFile is string) : int
nFileID is int
sLine is string
nLines is int

nFileID = fOpen(sFile, foRead)
IF nFileID = -1 THEN
	Error("Cannot open " + sFile, ErrorInfo())
	RESULT -1
END

sLine = fReadLine(nFileID)
WHILE sLine <> EOT
	nLines++
	IF nLines > 1 THEN // skip the header
		Product.Reference = ExtractString(sLine, 1, ";")
		Product.Label = ExtractString(sLine, 2, ";")
		Product.Price = Val(ExtractString(sLine, 3, ";"))
		HAdd(Product)
	END
	sLine = fReadLine(nFileID)
END
fClose(nFileID)
RESULT nLines - 1
