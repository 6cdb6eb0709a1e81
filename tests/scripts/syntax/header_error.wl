// An error in a procedure header is reported where it is; the body is still read, and its
// own errors (an undeclared name) are reported too.
PROCEDURE Broken(x is int, , y)
	Trace(nUndeclared)
END

PROCÉDURE Ouverte(n est un entier)
	SI n > 0 ALORS
		Trace(n)
FIN
