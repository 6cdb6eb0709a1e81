// The turns of an int FOR loop: the body changes the variable, BREAK and CONTINUE, the value
// after the loop, a variant variable that stops holding an int, a loop with no turn, and a
// sized variable stepped past its range while the loop goes on.
i is int
FOR i = 1 TO 10
	IF i = 2 THEN i = 6
	IF i = 7 THEN CONTINUE
	IF i = 9 THEN BREAK
	Trace("i", i)
END
Trace("after BREAK", i)
FOR i = 1 TO 3
END
Trace("after the last turn", i)
FOR i = 5 TO 1
	Trace("never")
END
Trace("no turn", i)
FOR i = 10 TO 1 STEP -4
	Trace("down", i)
END
Trace("after down", i)
v is variant
FOR v = 1 TO 5
	Trace("v", v)
	IF v = 3 THEN v = 3.5
END
Trace("after v", v)
b is 1-byte int
FOR b = 125 TO 126
	Trace("b", b)
END
Trace("after b", b)
FOR b = 126 TO 130
	Trace("b", b)
END
