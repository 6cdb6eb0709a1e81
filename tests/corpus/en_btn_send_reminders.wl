// written for the corpus
// Click on BTN_SendReminders: emails every customer with an overdue invoice
nSent, nFailed are int
sBody is string
MySession is an emailSMTPSession
MySession..ServerAddress = gsSMTPServer
MySession..Port = 587
MySession..Option = emailOptionSecuredTLS
MySession..Name = gsSMTPUser
MySession..Password = gsSMTPPassword

IF NOT EmailStartSession(MySession) THEN
	Error("Cannot connect to the mail server", ErrorInfo(errMessage))
	RETURN
END

HourGlass(True)
FOR EACH Invoice WHERE Invoice.Paid = False AND Invoice.DueDate < Today()
	IF NOT HReadSeekFirst(Customer, CustomerID, Invoice.CustomerID) THEN CONTINUE
	IF Customer.Email = "" THEN
		nFailed++
		CONTINUE
	END
	nDays is int = DateDifference(Invoice.DueDate, Today())
	sBody = [
		Dear %1,

		Our records show that invoice %2 (%3 EUR) is %4 days overdue.
		Please disregard this message if you have already paid.
	]
	sBody = StringBuild(sBody, Customer.Name, Invoice.Number, Invoice.Total, nDays)

	m is an Email
	m.Sender = gsSMTPUser
	m.Recipient[1] = Customer.Email
	m.Subject = "Reminder: invoice " + Invoice.Number + (nDays > 30 ? " (second notice)" ELSE "")
	m.Message = sBody
	IF EmailSendMessage(MySession, m) THEN
		nSent++
		Invoice.LastReminder = Today()
		HModify(Invoice)
	ELSE
		nFailed++
		Trace("Failed for " + Customer.Email + ": " + ErrorInfo())
	END
END
HourGlass(False)
EmailCloseSession(MySession)
Info(StringBuild("%1 reminder(s) sent, %2 failure(s)", nSent, nFailed))
