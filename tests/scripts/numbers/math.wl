// No silent Infinity or NaN: an overflowing real, a logarithm of a negative number and an
// empty Random range are errors. InitRandom with a seed repeats the sequence.
r is real = 1e308
WHEN EXCEPTION IN
	r = r * 10
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	Trace(LogE(-1))
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	Trace(Random(0))
DO
	Trace(ExceptionInfo(errMessage))
END
InitRandom(42)
a is int = Random(1000)
InitHasard(42)
Trace(a = Random(1000))
Trace(Max(1, 2.5, 2), Min(3, -1.5), Exp(0), LogE(1))
c is currency = 3.5
Trace(Max(c, 3), Min(c, 4))
