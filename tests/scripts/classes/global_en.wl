// GLOBAL members (one value shared by the class and all its objects) and constants of a
// class: `cX::NAME` outside, `NAME` or `:NAME` in its methods, GLOBAL or not.
cTicket is Class
	m_nNumber is int
GLOBAL
	gnIssued is int = 100
	gsLastBy is string
PRIVATE GLOBAL
	gnSecret is int = 7
PUBLIC
	CONSTANT
		MAX_TICKETS = 3
		PREFIX = "T-"
	END
	m_sLabel is string                  // after the constants, a member of each object again
END
cVipTicket is Class
	inherits from cTicket
END

t1 is cTicket("Ann")
t2 is cTicket("Bob")
Trace(t1.m_sLabel, t2.m_sLabel, cTicket::gnIssued, cTicket::gsLastBy)
Trace(cTicket::Remaining(), cTicket::MAX_TICKETS, cTicket::PREFIX)
cTicket::gnIssued = 200                 // assigned from outside: every object sees it
Trace(t1.Issued())
v is cVipTicket("Vic")
Trace(cVipTicket::gnIssued, cTicket::gnIssued, v.m_sLabel, cVipTicket::MAX_TICKETS)

PROCEDURE cTicket::Constructor(sBy is string)
	gnIssued++
	m_nNumber = gnIssued
	m_sLabel = PREFIX + m_nNumber
	:gsLastBy = sBy
	gnSecret--
END

PROCEDURE cTicket::Issued()
	RESULT gnIssued + gnSecret
END

PROCEDURE GLOBAL cTicket::Remaining()
	RESULT MAX_TICKETS - (gnIssued - 100)
END

PROCEDURE cVipTicket::Constructor(sBy is string)
	Constructor cTicket(sBy)
	m_sLabel = "VIP " + m_sLabel        // PREFIX and the members of the base class
END
