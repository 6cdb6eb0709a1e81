// Filling an array of 1 million ints, then summing it by index (values below 1000, so that
// the sum fits WLanguage's 4-byte int).
arr is array of int
FOR i = 1 TO 1000000
	ArrayAdd(arr, i % 1000)
END
nCount is int = ArrayCount(arr)
nSum is int = 0
FOR i = 1 TO nCount
	nSum += arr[i]
END
Trace(nCount, nSum)
