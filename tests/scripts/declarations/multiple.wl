// Several names in one declaration, with and without an initial value.
a, b, c are int
a = 1; b = 2; c = 3
Trace(a + b + c)
x, y are string = "same"
Trace(x, y)
p, q sont réel
p = 0.5
Trace(p + q)
