// written for the corpus
PROCEDURE ReadHeader(nFileID is int) : boolean
sLine is string
nTries is int

Retry:
sLine = fReadLine(nFileID)
IF sLine = EOT THEN RESULT False
IF sLine = "" THEN
	nTries++
	IF nTries < 3 THEN GOTO Retry
	RESULT False
END
RESULT (Left(sLine, 4) = "HDR;")
