// Numeric is exact, with 38 significant digits: 32 before the point and 6 after.
n is numeric = 0.1
Trace(n * 3 = 0.3, n * 3)
x is numérique = "12345678901234567890123456789012"
Trace(x, x + 0.000001)
Trace(x / 1000000)
y is numeric = 1
Trace(y / 7, y / 7 * 7)
c is currency = 2.5
Trace(n + c, c + n)
WHEN EXCEPTION IN
	x = x * 10
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	y = y / 0
DO
	Trace(ExceptionInfo(errMessage))
END
Trace(-n, Abs(-n), Round(y / 7, 2), IntegerPart(x / 1000000), DecimalPart(y / 8))
