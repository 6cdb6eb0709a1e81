// written for the corpus
PROCEDURE LogLine(sLevel is string, *)
sLine is string = DateToString(Today()) + " [" + Upper(sLevel) + "]"
FOR i = 2 _TO_ MyParameters..Count
	sValue is string = MyParameters[i]
	IF sValue ~~ "" THEN CONTINUE
	sLine += " " + sValue
END
IF MyParameters..NbReceived = 1 THEN sLine += " (no detail)"
Trace(sLine)
RESULT sLine
