// Root (Racine), IsEven / IsOdd (EstPair / EstImpair), Factorial (Factorielle).
Trace(Root(16), Root(27, 3), Racine(-8, 3), Root(2))
Trace(IsEven(4), IsEven(7), EstPair(0), IsOdd(-3), EstImpair(10))
Trace(Factorial(0), Factorial(5), Factorielle(20), Factorial(21))
WHEN EXCEPTION IN
	Trace(Root(-4))
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	Trace(IsEven(2.5))
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	Trace(Factorial(171))
DO
	Trace(ExceptionInfo(errMessage))
END
