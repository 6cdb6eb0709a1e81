// written for the corpus
PROCEDURE Sum(*)
nTotal is int
FOR i = 1 _TO_ MyParameters..Occurrence
	nTotal += MyParameters[i]
END
RESULT nTotal
