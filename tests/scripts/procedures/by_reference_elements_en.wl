// A parameter is passed by reference: what the procedure writes reaches the caller's
// variable, and also a structure member, an array element, an object member or an
// associative array element given as the argument. The indexes are those of the call.
STRUCTURE STTotals
	nCount is int
	sLog is string
END
cAccount is Class
	m_nBalance is int
END
PROCEDURE cAccount::Deposit(nAmount is int, nReceived)
	m_nBalance += nAmount
	nReceived += nAmount
END

stTotals is STTotals
Increment(stTotals.nCount)
Increment(stTotals.nCount)
Note(stTotals.sLog, "start")
Note(stTotals.sLog, "end")
Trace(stTotals.nCount, stTotals.sLog)

arrScores is array of int = [10, 20, 30]
i is int = 2
MoveOn(arrScores[i], i)
Trace(arrScores[2], arrScores[3], i)

oAccount is cAccount
Increment(oAccount.m_nBalance)
oAccount.Deposit(50, stTotals.nCount)
Trace(oAccount.m_nBalance, stTotals.nCount)

aaVisits is associative array of int
Increment(aaVisits["home"])
Increment(aaVisits["home"])
Trace(aaVisits["home"])

// A LOCAL parameter is a copy: the caller's element does not change.
Untouched(arrScores[1])
Trace(arrScores[1])

// The element must exist when the call is made.
Increment(arrScores[9])

PROCEDURE Increment(n)
	n++

PROCEDURE Note(sLog is string, sWhat is string)
	sLog += "[" + sWhat + "]"

PROCEDURE MoveOn(nValue, nIndex is int)
	nIndex++
	nValue = nValue * 2

PROCEDURE Untouched(LOCAL n)
	n = 0
