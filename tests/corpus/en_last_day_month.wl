// written for the corpus
PROCEDURE LastDayOfMonth(dDate is Date) : Date
dRes is Date = dDate
dRes.Day = 1
dRes.Month++
dRes.Day--
RESULT dRes
