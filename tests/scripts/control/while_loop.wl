// WHILE, LOOP, LOOP(n), BREAK and CONTINUE, nested loops.
n is int = 1
WHILE n < 100
	n *= 3
END
Trace(n)
nCount is int
LOOP(4)
	nCount++
END
Trace(nCount)
LOOP
	nCount--
	IF nCount = 1 THEN BREAK
END
Trace(nCount)
s is string
FOR i = 1 TO 3
	FOR j = 1 TO 3
		IF j = 2 THEN CONTINUE
		IF i = 3 THEN BREAK
		s += NumToString(i) + j + " "
	END
END
Trace(s)
LOOP(0)
	Trace("never")
END
