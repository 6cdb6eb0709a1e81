// written for the corpus
PROCEDURE CreateInvoice(nCustomerID is int, dInvoiceDate is Date, ...
	arrLines is array of STInvoiceLine, sComment is string = "", ...
	bSendByEmail is boolean = False) : int
HReset(Invoice)
Invoice.CustomerID = nCustomerID
Invoice.InvoiceDate = dInvoiceDate
Invoice.Comment = sComment
IF NOT HAdd(Invoice) THEN RESULT 0
FOR EACH stLine OF arrLines
	InvoiceLine.InvoiceID = Invoice.InvoiceID
	InvoiceLine.Reference = stLine.sReference
	InvoiceLine.Quantity = stLine.nQuantity
	HAdd(InvoiceLine)
END
IF bSendByEmail THEN SendInvoiceByEmail(Invoice.InvoiceID)
RESULT Invoice.InvoiceID
