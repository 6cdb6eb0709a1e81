// Statements: IF without THEN, FOR ALL, FOR EACH ELEMENT, LOOP forms, SWITCH forms, ternary,
// WHEN EXCEPTION alone, typographic quotes, conditional compilation, substrings.
n is int = 7
IF n > 5
	Trace("big")
END
arr is array of int = [1, 2, 3]
FOR ALL x OF arr
	Trace("all", x)
END
FOR EACH ELEMENT x OF arr
	Trace("element", x)
END
i is int = 0
LOOP
	i++
	IF i = 2 THEN BREAK
END
LOOP(2)
	i++
END
LOOP
	i++
DO WHILE i < 6
Trace("i =", i)
SWITCH n
	CASE 1, 2: Trace("small")
	CASE 3 TO 6: Trace("medium")
	CASE > 100: Trace("huge")
	OTHER CASE: Trace("other")
END
s is string = (n > 5 ? "many" ELSE "few")
Trace(s, n < 0 ? -n ELSE n)
Trace(“typographic quotes”)
<COMPILE IF Configuration = "Windows">
Trace("never: wl has no configuration")
<ELSE>
Trace("the ELSE branch of conditional compilation")
<END>
sWord is string = "Hello"
Trace(sWord[[TO 3]], sWord[[2 TO 4]])
IF n<-1 THEN Trace("negative") ELSE Trace("not below -1")
Guarded()

PROCEDURE Guarded()
	WHEN EXCEPTION
		Trace("caught:", ExceptionInfo(errMessage))
	END
	Trace(1 / 0)
	Trace("never")
END
