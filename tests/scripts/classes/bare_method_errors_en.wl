// Methods called by their name alone where they cannot be: each is reported before
// anything runs.
cBase is Class
	m_n is int
END

cDerived is Class
	inherits from cBase
END

PROCEDURE cBase::Describe()
	RESULT m_n
END

PROCEDURE PRIVATE cBase::Secret()
	RESULT 1
END

PROCEDURE GLOBAL cBase::Make()
	RESULT Describe()                   // a GLOBAL method has no object
END

PROCEDURE cDerived::Peek()
	RESULT Secret()                     // private to cBase, not to its derived classes
END

PROCEDURE cDerived::Count()
	RESULT Describe(1)                  // Describe takes no argument
END
