// A FOR loop whose variable is an int (4 bytes) runs up to the largest (or smallest) int and
// ends there, rather than wrap around and run for ever.
n is int = 0
FOR i = 2147483645 TO 2147483647
	n++
END
Trace(n)
FOR i = -2147483646 TO -2147483648 STEP -1
	n++
END
Trace(n)
FOR j = 1 TO 2147483647 STEP 1073741824
	Trace(j)
END
