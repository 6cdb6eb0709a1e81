// 10 million turns of an integer FOR loop with arithmetic.
nSum is int = 0
FOR i = 1 TO 10000000
	nSum += i % 7 * 2
END
Trace(nSum)
