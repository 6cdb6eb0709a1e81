// written for the corpus
PROCEDURE AnalyzeLog(sLogFile is string) : string
nFileID is int
sLine, sLevel are strings
aaByLevel is associative array of int
nTotal is int
sReport is string

nFileID = fOpen(sLogFile, foRead)
IF nFileID = -1 THEN RESULT ""
LOOP
	sLine = fReadLine(nFileID)
	IF sLine = EOT THEN BREAK
	nTotal++
	sLevel = ExtractString(ExtractString(sLine, 2, "["), 1, "]")
	SWITCH sLevel
		CASE "ERROR", "FATAL": aaByLevel["errors"]++
		CASE "WARN": aaByLevel["warnings"]++
		OTHER CASE: aaByLevel["other"]++
	END
END
fClose(nFileID)

sReport = "[%nTotal%] lines analyzed"
FOR EACH ELEMENT nCount, sKey OF aaByLevel
	sReport += CR + "  " + sKey + ": " + nCount
END
RESULT sReport
