Trace("never printed")
s is string = "no end
Trace(s)
