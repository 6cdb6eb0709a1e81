STRUCTURE Customer
	sName is string
	sEmail is string
END
c is Customer
c.sMail = "x@example.org"
Trace(c.nAge)
