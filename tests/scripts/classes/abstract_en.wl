// ABSTRACT methods: the derived classes give their code. A dynamic object of the abstract
// class refers to objects of derived classes, and their own versions run.
cShape is Class
	m_sName is string = "shape"
END
cSquare is Class
	inherits from cShape
	m_nSide is int = 3
END
cRectangle is Class
	inherits from cShape
	m_nWidth is int = 2
	m_nHeight is int = 5
END

shapes is array of cShape dynamic
Add(shapes, new cSquare)
Add(shapes, new cRectangle)
FOR EACH p OF shapes
	Trace(p.Describe())
END

PROCEDURE ABSTRACT cShape::Area()

PROCEDURE cShape::Describe()
	RESULT m_sName + ": " + :Area()    // the version of the object's class

PROCEDURE cSquare::Area()
	RESULT m_nSide * m_nSide

PROCEDURE cRectangle::Area()
	RESULT m_nWidth * m_nHeight
