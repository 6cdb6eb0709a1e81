// What PC SOFT's page "Interface" excludes from an interface (members, code,
// public/protected/private), and the uses of an interface that
// wl does not run yet (a variable of its type, `implements`): each reported before running.
Basket is Interface
	Procedure AddProduct(ProductCode)
	m_nCount is int
PUBLIC
	Trace("code")
	Procedure AddProduct(ProductCode, nQuantity)
END
b is Basket
p is Basket dynamic
cShop is Class
	implements Basket
END
Trace("never printed")
