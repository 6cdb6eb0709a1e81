// source: doc.pcsoft.fr "<Source>.ReadNext (Function)" (example)
PROCEDURE ProcessCustomers()
Customer.ReadFirst(Name)
WHILE Customer.Out() = False
	// Process the record
	Customer.ReadNext(Name)
END
