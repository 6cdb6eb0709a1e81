// The left operand decides: string + anything concatenates; number + string adds.
Trace("a" + 1 + 2)
Trace(1 + 2 + "a")
Trace("10" + 5, 5 + "10", 5 - "2", "6" * "7")
Trace("x" + True + 1.5)
s is string = "n="
s += 3
s += 0.5
Trace(s)
