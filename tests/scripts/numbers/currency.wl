// Currency is exact, with 6 decimals (PC SOFT: 24 significant digits, 6 after the point).
c is currency = 19.99
Trace(c * 3)
t is currency = 0
FOR i = 1 TO 10
	t += 0.1
END
Trace(t, t = 1)
d is currency = 10
Trace(d / 3, d / 3 * 3)
p is currency = 1.23456789
Trace(p)
m is monétaire = -0.0000005
Trace(m)
big is currency = 604462909807314587
Trace(big + 0.353087)
WHEN EXCEPTION IN
	big = big * 2
DO
	Trace(ExceptionInfo(errMessage))
END
Trace(c > 19.98, c < 20, c = 19.99, c + 1)
r is real = c
Trace(r)
n is int = c
Trace(n)
