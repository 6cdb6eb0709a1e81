// written for the corpus
PROCEDURE OrderStats(arrAmounts is array of currency) : (currency, currency, int)
mTotal is currency = 0
mLargest is currency = 0
nOver is int = 0
FOR EACH mAmount OF arrAmounts
	mTotal += mAmount
	IF mAmount > mLargest THEN mLargest = mAmount
	SWITCH mAmount
		CASE 100 <= * < 500: nOver++
		CASE >= 500: nOver += 2
	END
END
RESULT (mTotal, mLargest, nOver)

PROCEDURE ShowStats()
mSum, mMax are currency
nFlag is int
(mSum, mMax, nFlag) = OrderStats([120, 80.5, 640])
Trace("Total: " + mSum + ", largest: " + mMax + ", flags: " + nFlag)
