// written for the corpus (CRLF line endings)
PROCEDURE DaysLeft(dDue is Date) : string
nDays is int = DateDifference(Today(), dDue)
IF nDays < 0 THEN RESULT "Overdue by " + (-nDays) + " day(s)"
IF nDays = 0 THEN RESULT "Due today"
RESULT nDays + " day(s) left"
