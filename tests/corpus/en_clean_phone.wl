// written for the corpus
PROCEDURE CleanPhoneNumber(LOCAL sNumber is string) : string
sResult is string
i is int

FOR i = 1 TO Length(sNumber)
	IF sNumber[[i]] IN ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+")
		sResult += sNumber[[i]]
	END
END
RESULT sResult
