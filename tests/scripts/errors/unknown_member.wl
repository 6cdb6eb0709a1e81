// A member a variant's value does not have is a fatal error.
STRUCTURE Point
	x is int
END
PROCEDURE GetZ(p)
	RESULT p.z
END
pt is Point
Trace(GetZ(pt))
