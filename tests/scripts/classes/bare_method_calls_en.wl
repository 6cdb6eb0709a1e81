// Inside a method, another method of the same object is called by its name alone:
// `Describe()` means `:Describe()`, and the object's class chooses the version that runs.
cShape is Class
	m_sName is string
GLOBAL
	gnDescribed is int
END

cSquare is Class
	inherits from cShape
	m_nSide is int
END

PROCEDURE cShape::Constructor(sName is string)
	m_sName = sName
END

PROCEDURE cShape::Area()
	RESULT 0
END

PROCEDURE PROTECTED cShape::Label()
	RESULT Upper(m_sName)
END

PROCEDURE cShape::Describe()
	Counted()                                 // a GLOBAL method, by its name alone
	RESULT Label() + " of area " + Area()     // the object's own Area()
END

PROCEDURE GLOBAL cShape::Counted()
	gnDescribed++
END

PROCEDURE GLOBAL cShape::Summary()
	RESULT "described " + gnDescribed + " times"
END

PROCEDURE cSquare::Constructor(nSide is int)
	Constructor cShape("square")
	m_nSide = nSide
END

PROCEDURE cSquare::Area()
	RESULT m_nSide * m_nSide
END

PROCEDURE cSquare::Twice()
	RESULT Describe() + " / " + Describe()    // inherited from cShape; Label() is PROTECTED
END

PROCEDURE cSquare::Shadowed()
	Area is procedure = Seven                 // a local variable hides the method
	RESULT Area()
END

PROCEDURE cSquare::Hidden()
	INTERNAL PROCEDURE Area()                 // an internal procedure is local too
		RESULT 77
	END
	RESULT Area()
END

PROCEDURE Seven()
	RESULT 7
END

PROCEDURE Counted()                           // the script's procedure: inside the methods
	Trace("the script's Counted()")           // of cShape, `Counted()` is the GLOBAL method
END

p is cShape dynamic
p = new cSquare(3)
Trace(p:Describe())                           // SQUARE of area 9: cSquare's Area()
s is cSquare(2)
Trace(s:Twice())
Trace(s:Shadowed(), s:Hidden())
t is cShape("point")
Trace(t:Describe())
Trace(cShape::Summary())
Counted()                                     // outside the methods: the procedure
