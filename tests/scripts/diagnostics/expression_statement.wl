n is int
n + 1
Trace
