// AND/OR evaluate both sides; _AND_/_OR_ stop early; NOT binds looser than comparisons.
nCalls is int
PROCEDURE Seen(b is boolean)
	nCalls++
	RESULT b
END
Trace(True AND Seen(False), nCalls)
Trace(False AND Seen(True), nCalls)
Trace(False _AND_ Seen(True), nCalls)
Trace(True OR Seen(True), nCalls)
Trace(True _OR_ Seen(True), nCalls)
Trace(NOT 1 = 2, NOT (1 = 1) OR True)
Trace(1 AND 0, 2 OR 0)
