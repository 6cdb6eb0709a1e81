// written for the corpus
// Imports a supplier's product file (fixed-width lines) into the Product file
PROCEDURE ImportProducts(sFile is string) : (int, int)
nImported, nRejected are int
nFileID is int
sLine is string
arrErrors is dynamic array
arrErrors = new dynamic array of 0 strings

nFileID = fOpen(sFile, foRead + foAnsi)
IF nFileID = -1 THEN
	Error("Cannot open " + sFile, ErrorInfo(errMessage))
	RESULT (0, 0)
END

WHEN EXCEPTION IN
	LOOP
		sLine = fReadLine(nFileID)
		IF sLine = EOT THEN BREAK
		IF Length(sLine) < 40 THEN
			nRejected++
			ArrayAdd(arrErrors, sLine)
			CONTINUE
		END
		HReset(Product)
		Product.Reference = NoSpace(sLine[[1 ON 10]])
		Product.Label = NoSpace(sLine[[11 ON 25]])
		Product.Price = Val(Replace(sLine[[36 TO]], ",", ".")) / 100
		IF HReadSeekFirst(Product, Reference, Product.Reference) THEN
			HModify(Product)
		ELSE
			HAdd(Product)
		END
		nImported++
	END
DO
	Trace("Import stopped: " + ExceptionInfo(errFullDetails))
END
fClose(nFileID)
IF arrErrors..Count > 0 THEN fSaveText(fExtractPath(sFile, fDrive + fDirectory) + "rejected.txt", ArrayToString(arrErrors, CR))
RESULT (nImported, nRejected)
