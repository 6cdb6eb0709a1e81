// source: doc.windev.com "<Source>.Filter (Function)" (examples), adapted
PROCEDURE ThankBigInvoices(sDiscountType is string)
// Simple filter with condition:
// Find the customers of a city
SearchKey is string
mycity is string

mycity = "MONTPELLIER"
SearchKey = Customer.Filter("CITY='" + mycity + "'")
Customer.ReadFirst(SearchKey)
WHILE Customer.Out() = False
	// Process the record
	Trace(Customer.Name)
	Customer.ReadNext(SearchKey)
END
// Cancels the filter
Customer.DeactivateFilter()

// Filters the invoices found between 1/1/2005 and
// 12/31/2005, whose total is greater than 1500 Euros IOT
SearchKey = Invoice.Filter(InvoiceDate, "20050101", "20051231", ...
	StringBuild("TotalIOT>1500 AND DiscountType='%1'", sDiscountType))
IF SearchKey <> "" THEN
	Invoice.ReadFirst(SearchKey)
	WHILE Invoice.Out() = False
		// Process the record: send a thank you letter
		Send_Letter()
		Invoice.ReadNext(SearchKey)
	END
END
Invoice.DeactivateFilter()
