// written for the corpus
PROCEDURE MonthNames() : array of strings
arrMonths is array of 12 strings
FOR i = 1 _TO_ 12
	arrMonths[i] = IntegerToMonthInAlpha(i)
END
RESULT arrMonths
