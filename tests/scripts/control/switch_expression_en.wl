// SWITCH's simplified syntax (PC SOFT's SWITCH page): SWITCH(n, v1, v2, …, ELSE d) is the
// n-th value, or d when there is none. Only the chosen value is computed.
FOR n = 0 TO 5
	sName is string = SWITCH(n, "Zoé", "Emma", "Camille", "Frédéric", ELSE "Not found")
	Trace(n, sName)
END
nLevel is int = 2
Trace(SWITCH(nLevel, 10, 20, 30) + 1)
Trace(SWITCH(nLevel + 1, "low", "medium", "high", ELSE "?"))
// The statement is unchanged.
SWITCH (nLevel)
	CASE 2: Trace("two")
	OTHER CASE: Trace("other")
END
