// Pre-sized arrays hold default values.
a is array of 4 string
a[2] = "two"
Trace(a.Count, "[" + a[1] + "]", a[2])
b is array of 3 real
b[3] = 1.5
Trace(b)
