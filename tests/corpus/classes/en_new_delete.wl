// written for the corpus
PROCEDURE CreateCustomers()
pclCust is dynamic CCustomer
arrCustomers is array of dynamic CCustomer

FOR i = 1 _TO_ 3
	pclCust = new CCustomer("Customer " + i)
	Add(arrCustomers, pclCust)
END

FOR EACH pclCust OF arrCustomers
	pclCust:Display()
END

FOR EACH pclCust OF arrCustomers
	delete pclCust
END
