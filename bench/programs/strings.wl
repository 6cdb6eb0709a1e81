// String functions over a 100,000-line text: lines found with Position and cut with Middle,
// a field taken with ExtractString, a search, a Replace per line and one over the whole text.
nLines is int = 100000
sText is string
FOR i = 1 TO nLines
	sText += "line" + i + ";" + (i * 7 % 1000) + ";alpha beta gamma" + CR
END

nTotal is int = 0
nFound is int = 0
nLength is int = 0
nStart is int = 1
nEnd is int
sLine is string
LOOP
	nEnd = Position(sText, CR, nStart)
	IF nEnd = 0 THEN BREAK
	sLine = Middle(sText, nStart, nEnd - nStart)
	nTotal += Val(ExtractString(sLine, 2, ";"))
	IF Position(sLine, "99") > 0 THEN nFound++
	nLength += Length(Replace(sLine, "a", "ab"))
	nStart = nEnd + 2
END
sAll is string = Replace(sText, "gamma", "delta")
Trace(nTotal, nFound, nLength, Length(sAll))
