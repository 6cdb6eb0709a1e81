// written for the corpus
PROCEDURE IsValidCardNumber(LOCAL sNumber is string) : boolean
nSum is int
nDigit is int
bDouble is boolean = False

sNumber = Replace(sNumber, " ", "")
FOR i = Length(sNumber) _TO_ 1 STEP -1
	nDigit = Val(sNumber[[i]])
	IF bDouble THEN
		nDigit *= 2
		IF nDigit > 9 THEN nDigit -= 9
	END
	nSum += nDigit
	bDouble = NOT bDouble
END
RESULT (nSum modulo 10 = 0)
