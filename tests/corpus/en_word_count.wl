// written for the corpus
PROCEDURE CountWords(sText is string)
aaCounter is associative array (WithoutCase) of int
sWord is string
nCount is int

FOR EACH STRING sWord OF sText SEPARATED BY " "
	IF sWord = "" THEN CONTINUE
	aaCounter[sWord]++
END

FOR EACH ELEMENT nCount, sWord OF aaCounter
	Trace(sWord + ": " + nCount)
END
