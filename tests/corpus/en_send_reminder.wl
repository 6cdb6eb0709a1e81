// written for the corpus
PROCEDURE SendReminder(sRecipient is string, sCustomerName is string, mAmount is currency)
MySession is an emailSMTPSession
MyMessage is an Email

MySession.ServerAddress = gsSMTPServer
MySession.Port = 587
MySession.Name = gsSMTPUser
MySession.Password = gsSMTPPassword
MySession.Option = emailOptionSecuredTLS

IF NOT EmailStartSession(MySession) THEN
	Error("Cannot connect to the SMTP server", ErrorInfo())
	RESULT False
END

MyMessage.Sender = "billing@example.com"
Add(MyMessage.Recipient, sRecipient)
MyMessage.Subject = "Payment reminder"
MyMessage.Message = StringBuild("Dear %1," + CR + CR + ...
	"Our records show that %2 is still due." + CR + ...
	"Best regards.", sCustomerName, mAmount)

IF NOT EmailSendMessage(MySession, MyMessage) THEN
	Trace("Could not send to " + sRecipient + ": " + ErrorInfo())
END
EmailCloseSession(MySession)
RESULT True
