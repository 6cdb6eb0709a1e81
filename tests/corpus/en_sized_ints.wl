// written for the corpus
PROCEDURE FormatSize(nBytes is 8-byte int) : string
nKB is 8-byte int
nMB is unsigned 4-byte int
rGB is 4-byte real

nKB = nBytes / 1024
nMB = nKB / 1024
rGB = nMB / 1024.0
IF rGB >= 1 THEN
	RESULT NumToString(rGB, ".2f") + " GB"
ELSE IF nMB >= 1 THEN
	RESULT nMB + " MB"
ELSE
	RESULT nKB + " KB"
END
