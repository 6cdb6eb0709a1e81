// written for the corpus
PROCEDURE CheckBrackets(sExpression is string) : boolean
stkOpen is stack of strings
c, sTop are strings
FOR i = 1 _TO_ Length(sExpression)
	c = sExpression[[i]]
	SWITCH c
		CASE "(", "[", "{": Push(stkOpen, c)
		CASE ")", "]", "}"
			IF NOT Pop(stkOpen, sTop) THEN RESULT False
			IF Position("([{", sTop) <> Position(")]}", c) THEN RESULT False
	END
END
RESULT stkOpen.Empty
