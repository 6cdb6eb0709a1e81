// written for the corpus
PROCEDURE GLOBAL LogAction(sAction is string, sDetail is string = "")
sLine is string

sLine = DateToString(Today(), "DD/MM/YYYY") + " " + TimeToString(Now(), "HH:mm:SS") + ...
	TAB + gsUser + TAB + sAction
IF sDetail <> "" THEN sLine += TAB + sDetail
fAppendLine(fDataDir() + ["\"] + "actions.log", sLine)
