// Procedure calls: omitted arguments take their defaults, arguments and results are converted
// to the declared types, a procedure without RESULT gives "", parameters are by reference
// only when modified, deep recursion below the limit works.
PROCEDURE Scale(n is int, nFactor is int = 10, sUnit is string = "u") : string
	RESULT n * nFactor + sUnit
END
PROCEDURE Half(n is int) : int
	RESULT n / 2
END
PROCEDURE Nothing(n is int) : int
	n = n
END
PROCEDURE Bump(n is int)
	n++
END
PROCEDURE Keep(LOCAL n is int)
	n++
	RESULT n
END
PROCEDURE Depth(n is int) : int
	IF n = 0 THEN RESULT 0
	RESULT 1 + Depth(n - 1)
END
PROCEDURE Twice(x)
	RESULT x + x
END
PROCEDURE Sum3(a is int, b is int, c is int) : int
	RESULT a + b + c
END

Trace(Scale(3), Scale(3, 2), Scale(3, , "m"), Scale("4", 2.9, 5))
Trace(Half(7), Half(8), Half("9"))
Trace("<" + Nothing(1) + ">")
n is int = 1
Bump(n)
Bump(n)
Trace(n, Keep(n), n)
Trace(Depth(9000))
Trace(Twice(2), Twice("ab"), Twice(1.5))
Trace(Sum3(1, 2, 3), Sum3(n, n * 2, Sum3(n, n, n)))
arr is array of int = [1, 2, 3]
Bump(arr[2])
Trace(arr)
