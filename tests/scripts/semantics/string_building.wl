// Appending to strings: in place, but a copy shared by another variable, an array or a
// procedure's parameter keeps its old text.
PROCEDURE AppendTo(s is string)
	s += "!"
	RESULT s
END
PROCEDURE AppendLocal(LOCAL s is string)
	s += "?"
	RESULT s
END

s is string = "ab"
t is string = s
s += "c"
Trace(s, t)
arr is array of string
ArrayAdd(arr, s)
s += "d"
Trace(s, arr[1])
Trace(AppendLocal(s), s)
Trace(AppendTo(s), s)
s += 12
s += 1.5
s += True
Trace(s, Length(s))
u is string
FOR i = 1 TO 5
	u += i
	u += ","
END
Trace(u, Length(u))
names is associative array of string
names["a"] = "x"
names["a"] += "y"
Trace(names["a"])
