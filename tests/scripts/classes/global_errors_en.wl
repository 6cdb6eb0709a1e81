// GLOBAL members and constants of a class used where they cannot be: each is reported
// before anything runs.
cBase is Class
	m_n is int
PRIVATE GLOBAL
	gnHidden is int
PRIVATE
	CONSTANT SECRET = 1
PUBLIC
	CONSTANT LIMIT = 5
END
cDerived is Class
	inherits from cBase
END
Trace(cBase::gnHidden)                  // private
Trace(cBase::m_n)                       // a member of each object
Trace(cBase::SECRET)                    // private
cBase::LIMIT = 2                        // a constant

PROCEDURE GLOBAL cBase::Reset()
	m_n = 0                             // a GLOBAL method has no object
END

PROCEDURE cDerived::Peek()
	RESULT gnHidden                     // private to cBase, not to its derived classes
END
