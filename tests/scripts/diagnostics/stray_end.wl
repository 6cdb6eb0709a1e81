Trace("never printed")
END
x is int = 1
ELSE
