// Keys of associative arrays and appended texts are built as text (compile/text.rs): the
// same texts, conversions and errors as when the key or the appended value is a value.
PROCEDURE Fill(aa is associative array of int, n is int)
	aa["k" + n] = n * 10
END
PROCEDURE Twice(s is string)
	s += s + "|"
	RESULT s
END

aa is associative array of int
aa["key" + 1] = 1
aa[2] = 2
aa[2.5] = 3
aa[True] = 4
aa[1 + 2 + "x"] = 5
aa["Key1"] = 6
aa["a" + 1.5 + True] = 7
aa["n" + 10 + 20] = 8
aa["big"] = "12abc"
aa["real"] = 3.9
Trace(aa)
Trace(aa["key1"], aa["Key1"], aa["KEY1"], aa["2"], aa[2], aa["2.5"], aa["True"], aa["3x"])
Trace(aa["a1.5True"], aa["n1020"], aa["big"], aa["real"], aa["missing"], ArrayCount(aa))
i is int = 1
Trace(aa["key" + i] + aa["Key" + i])
Fill(aa, 7)
Trace(aa["k7"])
names is associative array of string
names["x"] = "key"
Trace(aa[names["x"] + 1], names["y"] + "!", Length(names["y"]))
v is variant = 4
aa["v" + v] = v
Trace(aa["v4"])

s is string = "ab"
s += "c" + 1 + 2
s += 1 + 2
s += 1 + 2 + "z"
s += 0.5 + True
s += "r" + 0.1 + 0.2
Trace(s)
t is string = "t"
u is string = t
t += t + t
Trace(t, u, Twice(t), t)
arr is array of int = [1, 2]
WHEN EXCEPTION IN
	s += arr
DO
	Trace("caught:", ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	s += "a" + arr
DO
	Trace("caught:", ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	aa["a" + arr] = 1
DO
	Trace("caught:", ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	Trace(aa[1 + arr])
DO
	Trace("caught:", ExceptionInfo(errMessage))
END
Trace(s)
aa[arr] = 9
Trace(aa["[1, 2]"])
vn is variant
aa[vn + "z"] = 10
aa[vn] = 11
s = "q"
s += vn + "z" + vn
s += vn
Trace(aa["z"], aa[""], s)
