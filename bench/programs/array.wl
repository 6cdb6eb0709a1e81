// Filling an array of 1 million ints, then summing it by index.
arr is array of int
FOR i = 1 TO 1000000
	ArrayAdd(arr, i)
END
nCount is int = ArrayCount(arr)
nSum is int = 0
FOR i = 1 TO nCount
	nSum += arr[i]
END
Trace(nCount, nSum)
