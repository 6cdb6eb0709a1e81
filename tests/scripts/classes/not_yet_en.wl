// Forms of classes wl reads but does not run yet (no PC SOFT page found, docs/classes.md): each is reported where it is.
cBase is Class
	m_n is int
END
cDerived is Class
	inherits from cBase
PUBLIC CONSTANT
	m_nReadOnly is int
END
p is cBase dynamic
IShape is Interface
	PROCEDURE Area()
END
cSquare is Class
	implements IShape
END

PROCEDURE GLOBAL PROPERTY cBase::Count()
	RESULT 1
END
