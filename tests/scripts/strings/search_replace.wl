// Position, Replace, StringCount, ExtractString.
s is string = "to be or not to be"
Trace(Position(s, "be"), Position(s, "be", 5), Position(s, "xyz"), Position(s, ""))
Trace(Replace(s, "be", "see"), Replace(s, "", "x"))
Trace(StringCount(s, "o"), StringCount(s, "to be"))
sCsv is string = "id;name;;city"
FOR i = 1 TO 5
	Trace(i, "[" + ExtractString(sCsv, i, ";") + "]")
END
nPos is int = Position(s, "o")
nFound is int
WHILE nPos > 0
	nFound++
	nPos = Position(s, "o", nPos + 1)
END
Trace(nFound)
