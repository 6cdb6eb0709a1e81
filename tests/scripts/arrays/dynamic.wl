// Dynamic arrays: add, insert, delete, count, seek, sort, literals.
t is array of int
Trace(t.Count, t)
FOR i = 1 TO 5
	ArrayAdd(t, i * i)
END
Trace(t, ArrayCount(t))
ArrayInsert(t, 1, 0)
ArrayInsert(t, 7, 99)
Trace(t)
ArrayDelete(t, 2)
Trace(t, ArraySeek(t, asLinear, 16), ArraySeek(t, asLinear, 7))
ArraySort(t, asDescending)
Trace(t)
t.Sort()
Trace(t)
t.Add("12")
Trace(t[t.Count] + 1)
ArrayDeleteAll(t)
Trace(t.Count)
names is array of string = ["Zoé", "adam", "Bob"]
ArraySort(names)
Trace(names)
