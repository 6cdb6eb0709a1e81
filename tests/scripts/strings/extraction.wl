// Left, Right, Middle with lengths past the end, negative and zero.
s is string = "abcdef"
Trace(Left(s, 2), Right(s, 2), Middle(s, 2, 3), Middle(s, 4))
Trace("[" + Left(s, 0) + "]", Left(s, 99), Right(s, 99), "[" + Middle(s, 10) + "]")
Trace(Middle("héllo", 2, 2), Right("héllo", 3))
