// written for the corpus
PROCEDURE InvoiceToHTML(nInvoiceID is int) : string
sRows is string
mTotal is currency
HReadSeekFirst(Invoice, InvoiceID, nInvoiceID)
HReadSeekFirst(Customer, CustomerID, Invoice.CustomerID)
FOR EACH InvoiceLine WHERE InvoiceID = nInvoiceID
	sRows += StringBuild("<tr><td>%1</td><td align=""right"">%2</td></tr>", ...
		InvoiceLine.Label, NumToString(InvoiceLine.Amount, "10.2f"))
	mTotal += InvoiceLine.Amount
END
sHTML is string = [
	<html><body>
	<h1>Invoice %1</h1>
	<p>Customer: %2</p>
	<table>%3</table>
	<p><b>Total: %4</b></p>
	</body></html>
]
RESULT StringBuild(sHTML, Invoice.Number, Customer.Name, sRows, NumToString(mTotal, ".2f"))
