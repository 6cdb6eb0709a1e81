// Typed, untyped, optional and LOCAL parameters; conversions on the way in.
PROCEDURE Describe(sName is string, nAge is int = 30, LOCAL sCity is string = "Paris")
	RESULT sName + " (" + nAge + ", " + sCity + ")"
END
Trace(Describe("Ann"))
Trace(Describe("Bob", "41"))
Trace(Describe("Cy", 25, "Lyon"))
Trace(Describe(12, 3.9))
PROCEDURE Anything(x)
	RESULT x
END
Trace(Anything(1) + Anything(2), Anything("a") + Anything("b"))
