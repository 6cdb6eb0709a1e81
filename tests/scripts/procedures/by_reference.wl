// Variables are passed by reference unless the parameter is LOCAL; expressions by value.
PROCEDURE AddTen(n)
	n += 10
END
PROCEDURE AddTenLocal(LOCAL n)
	n += 10
	RESULT n
END
PROCEDURE Append(s is string)
	s += "!"
END
PROCEDURE Swap(a, b)
	tmp is variant = a
	a = b
	b = tmp
END
x is int = 1
AddTen(x)
Trace(x)
Trace(AddTenLocal(x), x)
AddTen(x + 0)
Trace(x)
sMsg is string = "hi"
Append(sMsg)
Append(sMsg)
Trace(sMsg)
p, q are int
p = 1; q = 2
Swap(p, q)
Trace(p, q)
PROCEDURE Outer(n)
	Inner(n)
END
PROCEDURE Inner(m)
	m *= 2
END
y is int = 21
Outer(y)
Trace(y)
