// written for the corpus
PROCEDURE IsMeetingTooLong(dhStart is DateTime, dhEnd is DateTime) : boolean
duMax is Duration = 2 h 30 min
duLength is Duration = dhEnd - dhStart
IF duLength > duMax + 15 min THEN
	Trace("Meeting lasted " + DurationToString(duLength, "HH:MM"))
	RESULT True
END
RESULT False
