// Assignments convert to the variable's type.
n is int = 3.9
Trace(n)
n = -3.9
Trace(n)
n = "  42  "
Trace(n)
n = "abc"
Trace(n)
n = True
Trace(n)
r is real = 7
Trace(r / 2)
s is string = 1.50
Trace(s)
s = False
Trace(s)
b is boolean = 5
Trace(b)
b = ""
Trace(b)
b = "1"
Trace(b)
c is currency = 1.23456
Trace(c)
