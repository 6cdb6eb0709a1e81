// A procedure held in a variable (`p is procedure`): assigned from a procedure's name,
// called through the variable, passed as a parameter, compared to Null and to a procedure.
PROCEDURE Double(n)
	RESULT n * 2
END

PROCEDURE Square(n is int)
	RESULT n * n
END

PROCEDURE Apply(f is procedure, x)
	RESULT f(x)
END

// An untyped parameter may hold a procedure too.
PROCEDURE Twice(f, x)
	RESULT f(f(x))
END

PROCEDURE Bump(n)
	n++
END

PROCEDURE Greet(sName, sGreeting = "Hello")
	Trace(sGreeting + ", " + sName)
END

// ArraySort with a comparison procedure: descending.
PROCEDURE Descending(a, b)
	IF a < b THEN RESULT 1
	IF a > b THEN RESULT -1
	RESULT 0
END

p is procedure
IF p = Null THEN Trace("no procedure yet")
p = Double
Trace(p(21))
IF p <> Null THEN Trace("now it holds one")
Trace(Apply(Square, 7))
Trace(Twice(Double, 5))
p = Square
Trace(Apply(p, 9))
IF p = Square THEN Trace("p is Square")
IF p <> Double THEN Trace("p is not Double")
// A variable passed through the procedure variable is passed by reference, as in a call.
x is int = 1
q is procedure = Bump
q(x)
q(x)
Trace(x)
// Parameters with defaults.
g is a procedure = Greet
g("Ann")
g("Bob", "Hi")
arr is array of int = [3, 1, 4, 1, 5]
ArraySort(arr, asFunction, Descending)
Trace(arr)
arr = [2, 9, 7]
arr.Sort(asFunction, Descending)
Trace(arr)
