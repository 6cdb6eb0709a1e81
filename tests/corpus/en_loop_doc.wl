// source: doc.windev.com "LOOP statement" (examples), English keywords
PROCEDURE ReadTextFile(FileNum is int)
ALine is string

// Exit according to an IF condition
LOOP
	// Read a line in the text file
	ALine = fReadLine(FileNum)
	IF ALine = EOT THEN BREAK
	ProcessLine(ALine)
END

// Exit according to a WHILE condition
LOOP
	ALine = fReadLine(FileNum)
	ProcessLine(ALine)
DO WHILE ALine <> EOT

// Exit according to a number of iterations
LOOP (10)
	ALine = fReadLine(FileNum)
	ProcessLine(ALine)
END
