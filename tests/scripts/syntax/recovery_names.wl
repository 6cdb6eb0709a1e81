// After a syntax error, the name errors elsewhere are still reported; a name declared on
// the broken line is not reported as undeclared.
nTotal is int = (1 +
Trace(nTotal)
Trace(nUnknown)
IF nTotal > 2 THEN
	Trace(sMissing)
END

PROCEDURE Broken()
	n is int = 1 +* 2
	Trace(n, nInsideBroken)

PROCEDURE Fine()
	Trace(nInFine)
