// A class with members, defaults, a constructor with parameters and methods declared
// after the code that uses them.
cCustomer is Class
PUBLIC
	m_sName is string
	m_nOrders is int = 2
PRIVATE
	m_sCity is string = "Paris"
END

o is cCustomer("Ann")
Trace(o.m_sName, o:m_nOrders)
o:Describe()
o.AddOrder(3)
o:Describe()
Trace(o:Total(10))
Trace(o)

// Members are copied by `=` between two non-dynamic objects.
o2 is cCustomer("Bob")
o2 = o
o2:m_sName = "Carl"
Trace(o.m_sName, o2.m_sName)

// An object passed to a procedure is passed by reference.
Rename(o, "Dora")
Trace(o.m_sName)

PROCEDURE Rename(c is cCustomer, sName is string)
	c:m_sName = sName
END

PROCEDURE cCustomer::Constructor(sName is string)
	:m_sName = sName
	Trace("built " + :m_sName)
END

PROCEDURE cCustomer::Describe()
	Trace(:m_sName + " (" + MySelf.m_sCity + "): " + :m_nOrders + " orders")
END

PROCEDURE cCustomer::AddOrder(n is int)
	:m_nOrders += n
	:Touch()
END

PROCEDURE cCustomer::Touch()
	MySelf:m_sCity = "Lyon"
END

PROCEDURE cCustomer::Total(nPrice is int) : int
	RESULT :m_nOrders * nPrice
END
