// Past the end of a string the part is shorter or empty; Middle, Left and Position do not
// clamp a start before 1 or a negative length into an answer.
s is string = "abcdef"
Trace("[" + Middle(s, 5) + "]", "[" + Middle(s, 7) + "]", "[" + Middle(s, 3, 100) + "]")
Trace("[" + Left(s, 10) + "]", "[" + Right(s, 10) + "]", "[" + Left(s, 0) + "]")
Trace(Position(s, "c", 7), Position(s, "f", 6))
WHEN EXCEPTION IN
	Trace(Middle(s, 0, 2))
DO
	Trace(ExceptionInfo())
END
WHEN EXCEPTION IN
	Trace(Left(s, -1))
DO
	Trace(ExceptionInfo())
END
WHEN EXCEPTION IN
	Trace(Position(s, "a", 0))
DO
	Trace(ExceptionInfo())
END
