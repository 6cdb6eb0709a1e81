// Position, Replace, StringCount, ExtractString.
s is string = "to be or not to be"
Trace(Position(s, "be"), Position(s, "be", 5), Position(s, "xyz"), Position(s, ""))
Trace(Replace(s, "be", "see"), Replace(s, "", "x"))
Trace(StringCount(s, "o"), StringCount(s, "to be"))
sCsv is string = "id;name;;city"
// Past the last part, ExtractString returns EOT, which differs from an empty part.
FOR i = 1 TO 5
	sPart is string = ExtractString(sCsv, i, ";")
	IF sPart = EOT THEN
		Trace(i, "EOT")
	ELSE
		Trace(i, "[" + sPart + "]")
	END
END
nPos is int = Position(s, "o")
nFound is int
WHILE nPos > 0
	nFound++
	nPos = Position(s, "o", nPos + 1)
END
Trace(nFound)
