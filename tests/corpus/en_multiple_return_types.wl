// written for the corpus
PROCEDURE QuarterBounds(nYear is int, nQuarter is int) : (Date, Date)
dStart, dEnd are Date
dStart = StringToDate(nYear + NumToString((nQuarter - 1) * 3 + 1, "02d") + "01")
dEnd = dStart
dEnd.Month += 3
dEnd.Day--
RESULT (dStart, dEnd)
