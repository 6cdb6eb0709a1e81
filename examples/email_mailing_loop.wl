// Mails a list of customers over one SMTP session: the connection is opened once,
// each message reuses it, and a failure for one customer does not stop the others.
//
// Server and account: SMTP_SERVER, SMTP_PORT, SMTP_USER, SMTP_PASSWORD (see email_plain.wl).
// Try it without sending anything:  wl run --capture-mail outbox email_mailing_loop.wl

STRUCTURE Customer
	Name is string
	Address is string
	Points is int
END

arrCustomers is array of Customer
c is Customer
c.Name = "Alice Martin" ; c.Address = "alice@example.org" ; c.Points = 120
ArrayAdd(arrCustomers, c)
c.Name = "Bruno Petit" ; c.Address = "bruno@example.org" ; c.Points = 45
ArrayAdd(arrCustomers, c)
c.Name = "Chloé Durand" ; c.Address = "chloe@example.org" ; c.Points = 310
ArrayAdd(arrCustomers, c)

// The session, described by an emailSMTPSession variable.
MySession is emailSMTPSession
MySession..Name = GetEnv("SMTP_USER")
MySession..Password = GetEnv("SMTP_PASSWORD")
MySession..ServerAddress = GetEnv("SMTP_SERVER")
MySession..Port = Val(GetEnv("SMTP_PORT"))
MySession..Option = emailProtocolSMTPS
IF MySession..Name = "" THEN MySession..Name = "loyalty@example.com"
IF MySession..ServerAddress = "" THEN MySession..ServerAddress = "smtp.example.com"
IF MySession..Port = 0 THEN MySession..Port = 587

IF NOT EmailStartSMTPSession(MySession) THEN
	Error("Unable to establish connection", ErrorInfo())
	RETURN
END

nSent, nFailed are int
FOR EACH stCustomer OF arrCustomers
	EmailReset()
	Email.Sender = "Loyalty Club <loyalty@example.com>"
	Email.Recipient[1] = stCustomer.Name + " <" + stCustomer.Address + ">"
	Email.Subject = "Your loyalty points"
	Email.Message = "Dear " + stCustomer.Name + "," + CR + CR + ...
		"You have " + stCustomer.Points + " points on your card." + CR
	IF EmailSendMessage(MySession) THEN
		nSent++
	ELSE
		nFailed++
		Error("Not sent to " + stCustomer.Address + ": " + ErrorInfo(errMessage))
	END
END
EmailCloseSession(MySession)
Info(NumToString(nSent) + " sent, " + NumToString(nFailed) + " failed")
