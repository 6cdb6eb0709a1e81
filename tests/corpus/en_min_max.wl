// written for the corpus
PROCEDURE MinMax(arrValues is array of int)
nMin is int = arrValues[1]
nMax is int = arrValues[1]
n is int

FOR EACH n OF arrValues
	IF n < nMin THEN nMin = n
	IF n > nMax THEN nMax = n
END
RESULT (nMin, nMax)
