// A FOR loop whose next value would pass the largest (or smallest) int ends there, rather
// than wrap around and run for ever.
n is int = 0
FOR i = 9223372036854775805 TO 9223372036854775807
	n++
END
Trace(n)
FOR i = -9223372036854775806 TO -9223372036854775807 - 1 STEP -1
	n++
END
Trace(n)
FOR j = 1 TO 9223372036854775807 STEP 4611686018427387904
	Trace(j)
END
