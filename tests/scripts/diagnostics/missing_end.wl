FOR i = 1 TO 3
	IF i = 2 THEN
		Trace(i)
END
