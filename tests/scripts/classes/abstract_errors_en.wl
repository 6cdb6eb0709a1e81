// An abstract class builds no object, and an ABSTRACT method has no code to call.
cShape is Class
	m_sName is string
END
cCircle is Class
	inherits from cShape              // does not redefine Area: abstract too
END
s is cShape
c is cCircle
p is cShape dynamic = new cCircle

PROCEDURE ABSTRACT cShape::Area()

PROCEDURE cCircle::Describe()
	RESULT cShape::Area() + Ancestor:Area()
