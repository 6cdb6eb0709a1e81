// written for the corpus
PROCEDURE SaveInvoice(nInvoiceID is int)
HReadSeekFirst(Invoice, InvoiceID, nInvoiceID)
IF HFound(Invoice) THEN
	Invoice.ModifiedOn = Today()
	HModify(Invoice)
END
RESULT True

CASE ERROR:
	Trace("Error while saving invoice " + nInvoiceID + ": " + ErrorInfo(errMessage))
	RESULT False

CASE EXCEPTION:
	Trace(ExceptionInfo(errFullDetails))
	RESULT False
