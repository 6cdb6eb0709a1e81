// FOR EACH … WHERE: only the elements the condition holds for.
arrAmounts is array of int = [120, 5, 60, 300, 8]
FOR EACH nAmount, nIndex OF arrAmounts WHERE nAmount >= 60
	Trace(nIndex, nAmount)
END
STRUCTURE STCustomer
	sName is string
	nAge is int
END
arrCustomers is array of STCustomer
stNew is STCustomer
stNew.sName = "Ann"; stNew.nAge = 34; ArrayAdd(arrCustomers, stNew)
stNew.sName = "Bob"; stNew.nAge = 17; ArrayAdd(arrCustomers, stNew)
stNew.sName = "Cyd"; stNew.nAge = 52; ArrayAdd(arrCustomers, stNew)
stNew.sName = "Dan"; stNew.nAge = 40; ArrayAdd(arrCustomers, stNew)
FOR EACH stCustomer OF arrCustomers WHERE stCustomer.nAge >= 18
	IF stCustomer.sName = "Cyd" THEN BREAK
	Trace(stCustomer.sName)
END
