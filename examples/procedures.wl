// procedures.wl — procedures declared anywhere in the file, optional parameters,
// parameters passed by reference (the default) or by value (LOCAL), recursion.

Trace(FormatPrice(1234.5))
Trace(FormatPrice(99, "USD"))

nBalance is int = 100
Withdraw(nBalance, 30)
Trace("balance after withdrawal:", nBalance)

Trace("10! =", Factorial(10))
Trace("gcd(1071, 462) =", GCD(1071, 462))

// The amount is formatted with two decimals and a currency code.
PROCEDURE FormatPrice(rAmount is real, sCurrency is string = "EUR")
	RESULT NumToString(rAmount, ".2f") + " " + sCurrency
END

// nAccount is passed by reference: the caller's variable changes.
PROCEDURE Withdraw(nAccount is int, LOCAL nAmount is int)
	IF nAmount > nAccount THEN
		Trace("refused: insufficient funds")
		RETURN
	END
	nAccount -= nAmount
END

PROCEDURE Factorial(n is int) : int
	IF n <= 1 THEN RESULT 1
	RESULT n * Factorial(n - 1)
END

PROCEDURE GCD(a is int, b is int) : int
	WHILE b <> 0
		(a, b) = (b, a % b)
	END
	RESULT a
END
