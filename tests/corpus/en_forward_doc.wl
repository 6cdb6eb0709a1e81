// source: doc.windev.com "<Source>.Forward (Function)" (example with lock test)
PROCEDURE GoTo2000th()
// Moves to the 2000th record
// of the Customer file according to the CustName key
Customer.ReadFirst(CustName)
IF Customer.Forward(CustName, 1999, hLockWrite) = False THEN
	IF HErrorLock() = True THEN
		Info("This record is currently used")
	ELSE
		Error(HErrorInfo())
	END
END
