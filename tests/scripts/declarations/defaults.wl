// Every type starts with its default value.
n is int
r is real
s is string
b is boolean
c is currency
v is variant
arr is array of string
aa is associative array of int
Trace(n, r, "[" + s + "]", b, c, "[" + v + "]", arr.Count, aa.Count)
