// written for the corpus
PROCEDURE CanInvoice(nCustomerID is int) : boolean
HReadSeekFirst(Customer, CustomerID, nCustomerID)
IF HFound(Customer) _AND_ Customer.Active _AND_ NOT Customer.Blocked THEN RESULT True
IF Customer.Category = "VIP" _OR_ Customer.Category = "PARTNER" THEN RESULT True
RESULT False
