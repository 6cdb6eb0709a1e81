// written for the corpus
PROCEDURE RenameWithLock(nCustomerID is int, sNewName is string) : boolean
IF NOT HReadSeekFirst(Customer, CustomerID, nCustomerID, hLockWrite) THEN
	IF HErrorLock() THEN
		Info("This customer is being edited by another user.")
	ELSE
		Error(HErrorInfo())
	END
	RESULT False
END
Customer.Name = sNewName
HModify(Customer)
HUnlockRecNum(Customer)
RESULT True
