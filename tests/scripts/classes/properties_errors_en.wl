// Properties used where they cannot be: each is reported before anything runs.
cBox is Class
	m_n is int
END
b is cBox
Trace(b.Secret)                         // private
b.Secret = 3                            // private
b.Hidden()                              // a private method
Trace(b.WriteOnly)                      // no Retrieval procedure
b.Total = 2                             // read-only: no Assignment procedure

PROCEDURE PRIVATE PROPERTY cBox::Secret()
	RESULT m_n
END
PROCEDURE PRIVATE PROPERTY cBox::Secret(v)
	m_n = v
END
PROCEDURE PRIVATE cBox::Hidden()
END
PROCEDURE PROPERTY cBox::WriteOnly(v)
END
PROCEDURE PROPERTY cBox::Total()
	RESULT m_n
END
PROCEDURE PROPERTY cBox::Bad(a, b)
END
