// Reading past the end of an array is a fatal error.
t is array of int = [1, 2, 3]
Trace(t[3])
Trace(t[0])
Trace("never")
