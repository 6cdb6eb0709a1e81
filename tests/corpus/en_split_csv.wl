// written for the corpus
PROCEDURE SplitCSV(sLine is string) : array of strings
arrFields is array of strings
sField is string
nIndex is int = 1

sField = ExtractString(sLine, nIndex, ";")
WHILE sField <> EOT
	ArrayAdd(arrFields, NoSpace(sField))
	nIndex++
	sField = ExtractString(sLine, nIndex, ";")
END
RESULT arrFields
