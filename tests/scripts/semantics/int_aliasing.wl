// An int variable passed by reference to an untyped parameter can be given a value of another
// type by the procedure: every later use of the variable sees what it holds.
PROCEDURE Store(x, value)
	x = value
END

n is int = 5
Store(n, "abc")
Trace(n, n + 1, "<" + n + ">", n = "abc")
Store(n, 2.5)
Trace(n, n + 1, n * 2, n % 2, n < 3, n > 2)
m is int = n + 1
Trace(m)
n += 1
Trace(n)
Store(n, 4)
n += 1
Trace(n)
nTurns is int = 0
FOR i = 1 TO 5
	nTurns++
	IF i = 2 THEN Store(i, 3.5)
	Trace("i", i)
END
Trace(nTurns)
nLimit is int = 3
Store(nLimit, "4")
FOR k = 1 TO nLimit
	Trace("k", k)
END
nTotal is int = 0
Store(nTotal, 1.25)
nTotal += 2
Trace(nTotal)
