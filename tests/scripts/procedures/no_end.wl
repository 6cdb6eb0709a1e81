// In a file, a procedure may end at the next PROCEDURE instead of END.
Trace(First(), Second())
PROCEDURE First()
	RESULT "first"
PROCEDURE Second()
	RESULT "second"
