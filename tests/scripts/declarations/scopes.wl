// Top-level variables are global to the script; procedure variables are local.
nGlobal is int = 1
PROCEDURE Show()
	nLocal is int = 10
	nGlobal++
	RESULT nGlobal + nLocal
END
Trace(Show(), Show(), nGlobal)
IF True THEN
	sInside is string = "block"
	Trace(sInside)
END
FOR i = 1 TO 2
	nTemp is int = i * 100
	Trace(nTemp)
END
