// Inheritance: members of ancestors, redefined methods chosen by the object's class
// (through a dynamic object), the ancestor's version (`Ancestor:M()`, `cBase::M()`), and
// constructors: a base constructor without parameters runs by itself, one with
// parameters is called first in the derived constructor (`Constructor cBase(…)`).
cAnimal is Class
	m_sName is string
	m_nLegs is int = 4
END

cDog is Class
	inherits from cAnimal
	m_sBreed is string
END

cPuppy is Class
inherits from cDog
	m_nAge is int
END

cCounter is Class
	m_nCount is int
END
cNamedCounter is Class
	inherits from cCounter
	m_sLabel is string
END

PROCEDURE cAnimal::Constructor(sName is string)
	:m_sName = sName
	Trace("animal built: " + sName)
END

PROCEDURE cAnimal::Speak()
	RESULT "..."
END

PROCEDURE cAnimal::Describe()
	RESULT :m_sName + " says " + :Speak()
END

PROCEDURE cDog::Constructor(sName is string, sBreed is string)
	Constructor cAnimal(sName)
	:m_sBreed = sBreed
END

PROCEDURE cDog::Speak()
	RESULT "Woof"
END

PROCEDURE cPuppy::Constructor(sName is string)
	Constructor cDog(sName, "unknown")
	:m_nAge = 1
END

PROCEDURE cPuppy::Speak()
	RESULT "Yip (" + Ancestor:Speak() + ", " + cAnimal::Speak() + ")"
END

PROCEDURE cCounter::Constructor()
	:m_nCount = 100
END

PROCEDURE cNamedCounter::Constructor(sLabel is string)
	:m_sLabel = sLabel
END

PROCEDURE Introduce(a is cAnimal)
	Trace("Introducing: " + a:Describe())
END

a is cAnimal("Generic")
Trace(a:Describe())
d is cDog("Rex", "Beagle")
Trace(d:Describe(), d.m_nLegs, d:m_sBreed)
pup is cPuppy("Bit")
Trace(pup:Describe(), pup.m_sBreed, pup.m_nAge)
Introduce(d)
Introduce(pup)

// Polymorphism goes through dynamic objects.
arrAnimals is array of cAnimal dynamic
Add(arrAnimals, new cAnimal("Cat"))
Add(arrAnimals, new cDog("Max", "Pug"))
Add(arrAnimals, new cPuppy("Tiny"))
FOR EACH pAnimal OF arrAnimals
	Trace(pAnimal:Describe())
END

c is cNamedCounter("visits")
Trace(c.m_sLabel, c.m_nCount)
Trace(pup)
