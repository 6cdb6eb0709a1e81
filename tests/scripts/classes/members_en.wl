// Members used by their bare name inside a method, as with `:`. A local variable or a
// parameter named like a member hides it there; `:m_x` still names the member.
cAccount is Class
	m_sOwner is string
	m_nBalance is int = 10
END
cSavings is Class
	inherits from cAccount
	m_nRate is int = 2
END

a is cAccount("Ann")
a.Deposit(5)
Trace(a.Describe())
a.Rename("Bob")
Trace(a.m_sOwner)
s is cSavings("Sue")
s.Grow()
Trace(s.Describe(), s.m_nBalance)

PROCEDURE cAccount::Constructor(sOwner is string)
	m_sOwner = sOwner                   // the member, assigned without `:`
END

PROCEDURE cAccount::Deposit(n is int)
	m_nBalance += n
	IF m_nBalance > 12 THEN Trace("over 12:", m_nBalance)
END

PROCEDURE cAccount::Describe()
	RESULT m_sOwner + " has " + m_nBalance
END

PROCEDURE cAccount::Rename(m_sOwner is string)
	// The parameter hides the member of the same name.
	:m_sOwner = m_sOwner + "?"
	m_nBalance is int = 99              // a local variable hides the member too
	Trace(m_nBalance, :m_nBalance)
END

PROCEDURE cSavings::Constructor(sOwner is string)
	Constructor cAccount(sOwner)
	m_nRate++                           // 3
END

PROCEDURE cSavings::Grow()
	m_nBalance = m_nBalance * m_nRate   // a member of the base class and its own
END
