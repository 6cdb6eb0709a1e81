// Recursive Fibonacci: the cost of a procedure call.
PROCEDURE Fib(n is int) : int
	IF n < 2 THEN RESULT n
	RESULT Fib(n - 1) + Fib(n - 2)
END

Trace(Fib(30))
