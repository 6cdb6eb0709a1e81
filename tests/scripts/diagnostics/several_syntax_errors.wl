Trace("never printed")
x is int = 5 +
IF x > THEN
	Trace(x)
END
y = (1, 2
Trace("fine")
z is int = * 3
