// written for the corpus
PROCEDURE BinarySearch(arrSorted is array of int, nWanted is int) : int
nLow is int = 1
nHigh is int = arrSorted.Count
nMid is int

WHILE nLow <= nHigh
	nMid = (nLow + nHigh) / 2
	IF arrSorted[nMid] = nWanted THEN
		RESULT nMid
	ELSE IF arrSorted[nMid] < nWanted THEN
		nLow = nMid + 1
	ELSE
		nHigh = nMid - 1
	END
END
RESULT -1
