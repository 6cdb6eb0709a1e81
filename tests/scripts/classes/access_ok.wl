// PROTECTED members are used by derived classes' methods; PRIVATE ones by their own class.
cBase is Class
PROTECTED
	m_nShared is int = 1
PRIVATE
	m_nOwn is int = 2
END
cDerived is Class
	inherits from cBase
END
d is cDerived
d:Show()
d:Both()

PROCEDURE cBase::Both()
	Trace(:m_nShared, :m_nOwn)
END

PROCEDURE cDerived::Show()
	:m_nShared = 10
	Trace(:m_nShared)
END
