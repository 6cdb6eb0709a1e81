// written for the corpus
// Click BTN_Save
IF NoSpace(EDT_Name) = "" THEN
	Error("The customer name is required.")
	SetFocus(EDT_Name)
	RETURN
END

ScreenToFile()
IF Customer.CustomerID = 0 THEN
	HAdd(Customer)
ELSE
	HModify(Customer)
END
IF ErrorOccurred THEN
	Error("The customer could not be saved", HErrorInfo())
	RETURN
END

Close(MyWindow, True)
