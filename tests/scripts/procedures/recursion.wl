// Recursion and mutual recursion.
PROCEDURE Hanoi(n, sFrom, sTo, sVia)
	IF n = 0 THEN RETURN
	Hanoi(n - 1, sFrom, sVia, sTo)
	nMoves++
	Hanoi(n - 1, sVia, sTo, sFrom)
END
nMoves is int
Hanoi(10, "A", "C", "B")
Trace(nMoves)
PROCEDURE Ackermann(m, n)
	IF m = 0 THEN RESULT n + 1
	IF n = 0 THEN RESULT Ackermann(m - 1, 1)
	RESULT Ackermann(m - 1, Ackermann(m, n - 1))
END
Trace(Ackermann(2, 3))
