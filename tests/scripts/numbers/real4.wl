// The 4-byte real: single precision, rounded where it is stored (PC SOFT: "A 4-byte real
// can contain up to 6 significant digits", at most 3.4*10^38), computed as a real.
r is 4-byte real
Trace(r)
r = 0.5
Trace(r, r * 2, r = 0.5)
// 0.1 has no exact binary form: the nearest single is shown with a real's 15 digits.
r = 0.1
Trace(r)
r = 16777217
Trace(r)
r = 1 / 3
Trace(r, r * 3 > 1)
// Read as a real, an int, a string.
x is real = r
i is int = r * 3
s is string = r
Trace(x, i, s)
// Parameters and structure fields of this type round what they are given.
Show(2.2)
Point is Structure
	nX is 4-byte real
END
p is Point
p.nX = 0.2
Trace(p.nX)
WHEN EXCEPTION IN
	r = 1e39
DO
	Trace(ExceptionInfo(errMessage))
END

PROCEDURE Show(v is 4-byte real)
	Trace(v)
END
