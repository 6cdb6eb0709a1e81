// An associative array of 200,000 keys: filled, then every key read back.
aa is associative array of int
FOR i = 1 TO 200000
	aa["key" + i] = i % 1000
END
nSum is int = 0
FOR i = 1 TO 200000
	nSum += aa["key" + i]
END
Trace(ArrayCount(aa), nSum)
