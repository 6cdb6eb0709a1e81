// source: doc.windev.com "HRead (Function)" (sequential browse example)
PROCEDURE DisplayAllCustomers()
// Sequential browse to display the name of all customers
i is int
FOR i = 1 _TO_ HNbRec(CUSTOMER, hStateAll)
	HRead(CUSTOMER, i)
	IF HState() = hStateActive THEN
		Info("Customer name: " + CUSTOMER.NAME)
	END
END
