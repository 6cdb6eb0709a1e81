// written for the corpus
PROCEDURE BusinessDays(dStart is Date, dEnd is Date) : int
nCount is int
dDay is Date = dStart
WHILE dDay <= dEnd
	IF DateToDayInAlpha(dDay) <> "Saturday" AND DateToDayInAlpha(dDay) <> "Sunday" THEN nCount++
	dDay.Day++
END
RESULT nCount
