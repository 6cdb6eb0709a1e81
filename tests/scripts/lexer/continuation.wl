// `...` at the end of a line continues the statement, inside calls and expressions.
sMsg is string = "first " + ...
	"second " + ...   // a comment after the dots
	"third"
Trace(sMsg)
Trace(Left(sMsg, ...
	5))
nSum is int = 1 + ...
2
Trace(nSum)
