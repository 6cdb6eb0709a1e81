// = += -= *= /= ++ -- and multiple assignment.
n is int = 10
n += 5; n -= 2; n *= 3; n++; n--
Trace(n)
r is real = 9
r /= 2
Trace(r)
a, b, c are int
(a, b, c) = (1, 2, 3)
Trace(a, b, c)
(a, b) = (b, a)
Trace(a, b)
