// `numeric (p, d)`: p digits before the point, d after (PC SOFT, "Numeric (Variable type)").
// Values that fit are stored unchanged; the others are reported (what WinDev does with
// them is not documented).
n is numeric (5,2)
Trace(n)
n = 123.45
Trace(n, n * 2, n / 4)
n = 1.5
Trace(n, n = 1.5, n < 2)
total is numeric (10,2) = n + 0.25
Trace(total)
s is string = total
Trace(s, Length(s))
Pay(19.99)
arrPrices is array of 2 numeric (5,2)
arrPrices[1] = 9.95
Trace(arrPrices[1] + arrPrices[2])
WHEN EXCEPTION IN
	Add(arrPrices, 0.125)
DO
	Trace(ExceptionInfo(errMessage))
END
Trace(ArrayCount(arrPrices))
WHEN EXCEPTION IN
	n = 1 / 3
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	n = 123456
DO
	Trace(ExceptionInfo(errMessage))
END
Trace(n)

PROCEDURE Pay(nAmount is numeric (6,2))
	Trace(nAmount * 3)
END
