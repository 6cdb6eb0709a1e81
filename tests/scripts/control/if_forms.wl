// Every form of IF.
n is int = 7
IF n > 5 THEN Trace("single line")
IF n > 50 THEN Trace("no") ELSE Trace("single line else")
IF n = 7
	Trace("without THEN")
END
IF n < 0 THEN
	Trace("negative")
ELSE IF n < 5 THEN
	Trace("small")
ELSE IF n < 10 THEN
	Trace("medium")
ELSE
	Trace("large")
END
IF n > 0 THEN
	IF n % 2 = 1 THEN
		Trace("odd")
	END
END
