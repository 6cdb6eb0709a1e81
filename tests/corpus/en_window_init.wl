// written for the corpus
// Global declarations of WIN_CustomerForm
PROCEDURE MyWindow(nCustomerID is int = 0)

IF nCustomerID > 0 THEN
	HReadSeekFirst(Customer, CustomerID, nCustomerID)
	IF HFound(Customer) THEN
		FileToScreen()
		MyWindow..Title = "Customer: " + Customer.Name
	ELSE
		Error("Customer not found")
		Close()
	END
ELSE
	HReset(Customer)
	MyWindow..Title = "New customer"
	BTN_Delete..Grayed = True
END
