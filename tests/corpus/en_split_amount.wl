// written for the corpus
PROCEDURE SplitAmount(mTotal is currency, nParts is int) : array of currency
arrParts is array of currency
mPart is currency
IF nParts <= 0 THEN RESULT arrParts
mPart = Truncate(mTotal * 100 / nParts) / 100
FOR i = 1 _TO_ nParts
	ArrayAdd(arrParts, mPart + (i = 1 ? mTotal - mPart * nParts ELSE 0))
END
RESULT arrParts
