// Random stays within its bounds.
bOk is boolean = True
FOR i = 1 TO 500
	n is int = Random(10)
	IF n < 1 OR n > 10 THEN bOk = False
	m is int = Random(-3, 3)
	IF m < -3 OR m > 3 THEN bOk = False
	r is real = Random()
	IF r < 0 OR r >= 1 THEN bOk = False
END
Trace(bOk)
