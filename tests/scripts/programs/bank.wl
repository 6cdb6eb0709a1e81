// Accounts with transfers that may fail: exceptions, CASE EXCEPTION, by-reference structures.
STRUCTURE Account
	sOwner is string
	rBalance is currency
	arrHistory is array of string
END

PROCEDURE Open(sOwner is string, rInitial is real)
	a is Account
	a.sOwner = sOwner
	a.rBalance = rInitial
	a.arrHistory.Add("open " + rInitial)
	RESULT a
END

PROCEDURE Withdraw(acc is Account, rAmount is real)
	IF rAmount <= 0 THEN ExceptionThrow(1, "invalid amount " + rAmount)
	IF rAmount > acc.rBalance THEN ExceptionThrow(2, acc.sOwner + " cannot pay " + rAmount)
	acc.rBalance -= rAmount
	acc.arrHistory.Add("out " + rAmount)
END

PROCEDURE Deposit(acc is Account, rAmount is real)
	acc.rBalance += rAmount
	ArrayAdd(acc.arrHistory, "in " + rAmount)
END

PROCEDURE Transfer(src is Account, dst is Account, rAmount is real)
	Withdraw(src, rAmount)
	Deposit(dst, rAmount)
	RESULT True
CASE EXCEPTION:
	Trace("transfer refused:", ExceptionInfo(errMessage))
	RESULT False
END

alice is Account = Open("Alice", 100)
bob is Account = Open("Bob", 20.5)
Trace(Transfer(alice, bob, 30.25))
Trace(Transfer(bob, alice, 500))
Trace(Transfer(alice, bob, -1))
Trace(alice.sOwner, alice.rBalance, alice.arrHistory)
Trace(bob.sOwner, bob.rBalance, bob.arrHistory)
