// FOR loops over ints: the variable changed by the body, BREAK and CONTINUE, negative and
// computed steps, bounds of other types, a global loop variable seen by a procedure, and
// nested loops.
PROCEDURE ShowGlobal()
	Trace("seen", g)
END

FOR i = 1 TO 10
	IF i = 3 THEN i = 7
	IF i = 8 THEN CONTINUE
	IF i = 10 THEN BREAK
	Trace("i", i)
END
nStep is int = -3
FOR j = 10 TO 1 STEP nStep
	Trace("j", j)
END
FOR k = 1 TO 2.5
	Trace("k", k)
END
FOR k = 1 TO "3"
	Trace("k", k)
END
g is int
FOR g = 1 TO 2
	ShowGlobal()
END
nSum is int = 0
FOR a = 1 TO 3
	FOR b = a TO 3
		nSum += a * b
	END
END
Trace(nSum)
WHEN EXCEPTION IN
	FOR z = 1 TO 3 STEP 0
	END
DO
	Trace("caught:", ExceptionInfo(errMessage))
END
nCount is int = 0
WHILE nCount < 5
	nCount++
END
LOOP(3)
	nCount += 10
END
Trace(nCount)
q is int = 42
FOR q = 5 TO 1
	Trace("never")
END
Trace(q)
