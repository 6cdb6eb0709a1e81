// FOR with STEP, negative STEP, real bounds, TO re-read each turn, _TO_ read once.
FOR i = 1 TO 3
	Trace("i", i)
END
FOR j = 6 TO 0 STEP -2
	Trace("j", j)
END
r is real
FOR r = 0 TO 1 STEP 0.25
	Trace("r", r)
END
nLimit is int = 3
nTurns is int
FOR k = 1 TO nLimit
	nLimit = 5
	nTurns++
END
Trace("TO turns", nTurns)
nLimit = 3
nTurns = 0
FOR k = 1 _TO_ nLimit
	nLimit = 5
	nTurns++
END
Trace("_TO_ turns", nTurns)
n is int = 100
FOR n = 1 TO 2
END
Trace("declared before", n)
