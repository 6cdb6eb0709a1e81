// written for the corpus
// Click BTN_Print
IF TABLE_Invoices..Occurrence = 0 THEN
	Info("Nothing to print")
	RETURN
END
iPreview(i100)
iPrintReport(RPT_Invoice, TABLE_Invoices.COL_InvoiceID)
IF ErrorOccurred THEN Error("Printing failed", ErrorInfo())
