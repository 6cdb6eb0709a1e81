// A string used as a condition is a type error.
s is string = "yes"
Trace("before")
IF s THEN Trace("never")
