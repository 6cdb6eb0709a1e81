// PRIVATE: only the methods of the class itself; PROTECTED: the class and its descendants.
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
Trace(d:m_nShared)

PROCEDURE cBase::Both()
	Trace(:m_nShared, :m_nOwn)
END

PROCEDURE cDerived::Show()
	Trace(:m_nShared)
	Trace(:m_nOwn)
END
