// `int` is the 4-byte int (-2147483648 to 2147483647). Expressions are computed on 8 bytes;
// a value that does not fit where it is stored is an error, never a wrapped number.
n is int = 2147483647
Trace(n, n + 1)
WHEN EXCEPTION IN
	n = n + 1
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	n++
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	n += 1
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	n *= 2
DO
	Trace(ExceptionInfo(errMessage))
END
Trace(n)
WHEN EXCEPTION IN
	Trace(9223372036854775807 + 1)
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	m is int = 1e10
DO
	Trace(ExceptionInfo(errMessage))
END
// A real stored in an int is truncated.
k is entier = 7.9
j is int = -7.9
Trace(k, j)
b is byte = 255
Trace(b)
WHEN EXCEPTION IN
	b = b + 1
DO
	Trace(ExceptionInfo(errMessage))
END
o is octet = 0
WHEN EXCEPTION IN
	o = -1
DO
	Trace(ExceptionInfo(errMessage))
END
Trace(b, o)
WHEN EXCEPTION IN
	Trace(Power(0, -1))
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	Trace(Abs(-9223372036854775807 - 1))
DO
	Trace(ExceptionInfo(errMessage))
END
