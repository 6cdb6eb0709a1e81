// written for the corpus
PROCEDURE CleanPhoneNumber(LOCAL sNumber is string) : string
sResult is string
i is int

FOR i = 1 TO Length(sNumber)
	IF Position("0123456789+", sNumber[[i]]) > 0
		sResult += sNumber[[i]]
	END
END
RESULT sResult
