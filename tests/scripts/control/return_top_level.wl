// RETURN at the top level ends the script normally.
Trace("one")
FOR i = 1 TO 10
	IF i = 2 THEN RETURN
	Trace("loop", i)
END
Trace("never")
