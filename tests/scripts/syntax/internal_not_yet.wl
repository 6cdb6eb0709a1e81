// What an internal procedure cannot do in wl yet is reported before running.
Outer()

PROCEDURE Outer()
	INTERNAL PROCEDURE Fact(n is int)
		IF n <= 1 THEN RESULT 1
		RESULT n * Fact(n - 1)
	END
	INTERNAL PROCEDURE Bump(x)
		x++
	END
	arr is array of int = [3, 1, 2]
	p is procedure = Fact
END
