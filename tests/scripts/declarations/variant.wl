// A variant holds any value.
v is variant
Trace("[" + v + "]")
v = 5
Trace(v * 2)
v = "five"
Trace(v + "!")
v = 2.5
Trace(v + 1)
v = True
Trace(v)
