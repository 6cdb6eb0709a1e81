// An interface declared as PC SOFT's page "Interface" shows it: prototypes of procedures
// (parameters, a return type) and of properties (a type, <get>, <set>). The declaration
// runs as nothing; the script goes on.
Basket is Interface
	Procedure AddProduct(ProductCode)
	Property NumberProducts <get>
	PROCEDURE Total(nRate is int) : real
	Property Label : string <get/set>
	Property Note <set>
END

// An interface with nothing listed is a declaration too.
IEmpty is Interface
END

Trace("declared")
