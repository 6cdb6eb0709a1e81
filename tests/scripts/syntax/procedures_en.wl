// Procedure headers: modifiers, FUNCTION, return types, extension attributes, `*` arguments.
Trace(Area(2, 3))
Trace(Greet("Ann"))
Trace(Greet("Bob", *, "!"))
Trace(Twice(21))
Log("done")

PROCEDURE PRIVATE Area(nWidth is an int, nHeight is an int) : int
	RESULT nWidth * nHeight
END

PROCEDURE GLOBAL Greet(sName is a string, sHello is string = "Hello", sEnd is string = ".") : string
	RESULT sHello + " " + sName + sEnd
END

FUNCTION Twice(n is int <useful>) : int
	RESULT n * 2
END

PROCEDURE PUBLIC Log(sText is string) <overload>
	Trace("log:", sText)
END
