// source: doc.windev.com "HFirst (Function)" (example)
PROCEDURE BrowseCustomers()
HFirst(Customer, Name)
WHILE HOut() = False
	// Process the record
	HNext(Customer, Name)
END
