// Customers without an order in the last 90 days get a reminder by email.
//
// The customer file is a CSV exported by an older WinDev application: Windows-1252 (ANSI),
// `;` between the fields, dates as YYYYMMDD. The dates in the mail are written in French.
// Try it without sending anything:  wl run --capture-mail outbox customers_without_orders.wl
// Server and account as in email_plain.wl: SMTP_SERVER, SMTP_PORT, SMTP_USER, SMTP_PASSWORD.

STRUCTURE Customer
	Name is string
	Address is string
	LastOrder is Date
END

// The day the reminders are computed for: fixed here so that the example's output does not
// change from one day to the next; a real run takes Today().
dToday is Date = "20261201"
dLimit is Date = dToday - 90

// Reading the file: foAnsi decodes Windows-1252, so "Zoé" stays "Zoé".
sFile is string = fExeDir() + fSep() + "files" + fSep() + "customers-ansi.csv"
sText is string = fLoadText(sFile, foAnsi)
IF ErrorOccurred THEN
	Error("Cannot read the customer file", ErrorInfo())
	RETURN
END

arrLate is array of Customer
nLine is int = 0
FOR EACH STRING sLine OF sText SEPARATED BY CR
	nLine++
	IF nLine = 1 OR sLine = "" THEN CONTINUE // the header, the final line break
	sOrder is string = ExtractString(sLine, 3, ";")
	IF NOT DateValid(sOrder) THEN
		// A date that does not exist (29 February 2026): said, never guessed.
		Error(StringBuild("Line %1: `%2` is not a valid date, customer skipped", nLine, sOrder))
		CONTINUE
	END
	c is Customer
	c.Name = ExtractString(sLine, 1, ";")
	c.Address = ExtractString(sLine, 2, ";")
	c.LastOrder = sOrder
	IF c.LastOrder < dLimit THEN ArrayAdd(arrLate, c)
END
Trace(StringBuild("%1 customers without an order since %2", ArrayCount(arrLate), DateToString(dLimit, "JJJJ J MMMM AAAA")))

MySession is emailSMTPSession
MySession..Name = GetEnv("SMTP_USER")
MySession..Password = GetEnv("SMTP_PASSWORD")
MySession..ServerAddress = GetEnv("SMTP_SERVER")
MySession..Port = Val(GetEnv("SMTP_PORT"))
MySession..Option = emailProtocolSMTPS
IF MySession..Name = "" THEN MySession..Name = "service@example.com"
IF MySession..ServerAddress = "" THEN MySession..ServerAddress = "smtp.example.com"
IF MySession..Port = 0 THEN MySession..Port = 587
IF NOT EmailStartSMTPSession(MySession) THEN
	Error("Unable to establish connection", ErrorInfo())
	RETURN
END

FOR EACH stCustomer OF arrLate
	nDays is int = (dToday - stCustomer.LastOrder)..InDays
	EmailReset()
	Email.Sender = "service@example.com"
	Email.Recipient = stCustomer.Address
	Email.Subject = "Vous nous manquez, " + stCustomer.Name
	Email.Message = StringBuild("Bonjour %1,%2%2Votre dernière commande date du %3, il y a %4 jours.%2" + ...
		"Nous serions ravis de vous revoir !", stCustomer.Name, CR, ...
		DateToString(stCustomer.LastOrder, "JJJJ J MMMM AAAA"), nDays)
	IF EmailSendMessage(MySession) THEN
		Trace("Reminder sent to " + stCustomer.Name + " (" + nDays + " days)")
	ELSE
		Error("Not sent to " + stCustomer.Name, ErrorInfo())
	END
END
EmailCloseSession(MySession)
