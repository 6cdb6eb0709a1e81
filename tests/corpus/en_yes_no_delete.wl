// written for the corpus
// Click BTN_Delete
IF YesNo(No, "Do you really want to delete " + Customer.Name + "?") = No THEN RETURN

HReadSeekFirst(Customer, CustomerID, TABLE_Customers.COL_CustomerID)
IF HFound() THEN
	IF HDelete(Customer) = False THEN
		Error(HErrorInfo())
	ELSE
		TableDelete(TABLE_Customers)
	END
END
