// Sends one plain-text message through an authenticated SMTP session: the example of
// PC SOFT's page on EmailStartSMTPSession, complete.
//
// The server and the account come from the environment (SMTP_SERVER, SMTP_PORT,
// SMTP_USER, SMTP_PASSWORD); without them the script uses smtp.example.com.
// Try it without sending anything:
//     wl run --capture-mail outbox email_plain.wl
// and read outbox/0001.eml.

sUserName is string = GetEnv("SMTP_USER")
sPassword is string = GetEnv("SMTP_PASSWORD")
sSMTPServer is string = GetEnv("SMTP_SERVER")
nPort is int = Val(GetEnv("SMTP_PORT"))
IF sUserName = "" THEN sUserName = "orders@example.com"
IF sSMTPServer = "" THEN sSMTPServer = "smtp.example.com"
IF nPort = 0 THEN nPort = 587

EmailSetTimeOut(10)
IF EmailStartSMTPSession(sUserName, sPassword, sSMTPServer, nPort, emailSynchronous, emailProtocolSMTPS) = True THEN
	Initialize_Email()
	IF EmailSendMessage(sUserName) = False THEN
		Error()
	ELSE
		Info("Message sent to " + Email.Recipient[1])
	END
	EmailCloseSession(sUserName)
ELSE
	Error("Unable to establish connection", ErrorInfo(), ...
		"In case of timeout, check the parameters of " + ...
		"""Firewall"" on the port used (" + nPort + ")")
END

// Fills the global Email structure with the message to send.
PROCEDURE Initialize_Email()
	EmailReset()
	Email.Sender = "Orders <orders@example.com>"
	Email.Recipient[1] = "client@example.org"
	Email.Subject = "Your order #1042 has shipped"
	Email.Message = [
		Hello,

		Your order #1042 left our warehouse this morning.
		It should reach you within three working days.

		Thank you for shopping with us!
	]
END
