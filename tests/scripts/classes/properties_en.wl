// Properties: `o.Name` runs the Retrieval procedure, `o.Name = v` the Assignment one.
// Written `PROCEDURE PROPERTY C::Name()` / `PROCEDURE PROPERTY C::Name(Value)` (wl's
// text form of the property WinDev's editor shows). Redefined like methods.
cPerson is Class
PRIVATE
	m_sName is string
	m_nAge is int
END
cChild is Class
	inherits from cPerson
END

p is cPerson
p.Name = "ann"
p.Age = 7
p.Age += 3
p.Age++
Trace(p.Name, p.Age, p.Label)
c is cChild
c:Name = "bob"                          // `:` works as `.`
Trace(c.Label, c.Age)
who is cPerson dynamic = c
Trace(who.Label)                        // the object's class chooses the version

PROCEDURE PROPERTY cPerson::Name()
	RESULT m_sName
END

PROCEDURE PROPERTY cPerson::Name(Value)
	m_sName = Upper(Value)
END

PROCEDURE PUBLIC PROPERTY cPerson::Age()
	RESULT m_nAge
END

PROCEDURE PUBLIC PROPERTY cPerson::Age(n is int)
	IF n >= 0 THEN m_nAge = n
END

// Read-only: no Assignment procedure.
PROCEDURE PROPERTY cPerson::Label()
	RESULT :Name + " (" + :Age + ")"
END

PROCEDURE PROPERTY cChild::Label()
	Age = 4                             // a property of the class, named alone in a method
	RESULT "child " + Name + " " + Age
END
