// Interval comparisons a < x < b and a <= x <= b.
FOR n = 0 TO 4
	Trace(n, 1 < n < 3, 1 <= n <= 3, 3 > n > 1)
END
