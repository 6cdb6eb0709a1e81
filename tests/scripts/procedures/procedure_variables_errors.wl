// What wl reports about procedure variables before running.
PROCEDURE Double(n)
	RESULT n * 2
END

PROCEDURE Outer()
	INTERNAL PROCEDURE Inner(x)
		RESULT x
	END
	// Only as the callback of a function (ArraySort) may an internal procedure be a value.
	q is procedure = Inner
END

p is procedure = Double
// Several procedures in one variable: not documented in the pages at hand.
p += Double
n is int
n = Double
Trace(p)
// A bare procedure name as a statement does nothing: it must be called.
Double
