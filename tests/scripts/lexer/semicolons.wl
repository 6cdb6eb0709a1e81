// `;` separates statements on one line.
a is int = 1; b is int = 2; c is int = a + b
Trace(a, b, c); a++; Trace(a)
IF c = 3 THEN Trace("three"); Trace("after the IF")
