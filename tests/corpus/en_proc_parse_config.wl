// written for the corpus
// Global procedure: reads a "key = value" configuration text into an associative array
PROCEDURE ParseConfig(sText is string, LOCAL bStrict is boolean = False) : associative array of strings
aResult is associative array (WithoutCase) of strings
nLine is int
sSection is string

FOR EACH STRING sRaw OF sText SEPARATED BY CR
	nLine++
	sLine is string = NoSpace(sRaw)
	IF sLine = "" OR sLine [= "#" OR sLine [= ";" THEN CONTINUE
	IF sLine [= "[" AND sLine =] "]" THEN
		sSection = sLine[[2 TO Length(sLine) - 1]]
		CONTINUE
	END
	nPos is int = Position(sLine, "=")
	IF nPos = 0 THEN
		IF bStrict THEN
			ExceptionThrow(1, StringBuild("Line %1: missing '='", nLine))
		END
		CONTINUE
	END
	sKey is string = NoSpace(Left(sLine, nPos - 1))
	sValue is string = NoSpace(Middle(sLine, nPos + 1))
	IF sValue [= """" AND sValue =] """" THEN sValue = sValue[[2 TO Length(sValue) - 1]]
	IF sSection <> "" THEN sKey = sSection + "." + sKey
	aResult[sKey] = sValue
END
RESULT aResult
