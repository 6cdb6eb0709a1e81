// written for the corpus
PROCEDURE SendInvoicePDF(nInvoiceID is int) : boolean
sPDF is string = fTempDir() + ["\"] + "Invoice_" + nInvoiceID + ".pdf"
MyMail is Email
MySession is emailSMTPSession

iDestination(iPDF, sPDF)
iPrintReport(RPT_Invoice, nInvoiceID)
IF NOT fFileExist(sPDF) THEN RESULT False
HReadSeekFirst(Invoice, InvoiceID, nInvoiceID)
HReadSeekFirst(Customer, CustomerID, Invoice.CustomerID)

MyMail.Sender = gsCompanyEmail
Add(MyMail.Recipient, Customer.Email)
MyMail.Subject = "Your invoice " + Invoice.Number
MyMail.Message = "Hello," + CR + "Please find your invoice attached." + CR + "Best regards"
EmailLoadAttachment(MyMail, sPDF)

MySession.ServerAddress = gsSMTPServer
MySession.Port = 587
MySession.Option = emailOptionSecuredTLS
IF NOT EmailStartSession(MySession) THEN RESULT False
bSent is boolean = EmailSendMessage(MySession, MyMail)
EmailCloseSession(MySession)
fDelete(sPDF)
RESULT bSent
