// An HTML newsletter with a plain-text alternative and an attached price list, sent with
// an Email variable rather than the global Email structure.
//
// Server and account: SMTP_SERVER, SMTP_PORT, SMTP_USER, SMTP_PASSWORD (see email_plain.wl).
// Try it without sending anything:  wl run --capture-mail outbox email_html_attachment.wl

sUserName is string = GetEnv("SMTP_USER")
sPassword is string = GetEnv("SMTP_PASSWORD")
sSMTPServer is string = GetEnv("SMTP_SERVER")
nPort is int = Val(GetEnv("SMTP_PORT"))
IF sUserName = "" THEN sUserName = "news@cafe-lumiere.example"
IF sSMTPServer = "" THEN sSMTPServer = "smtp.example.com"
IF nPort = 0 THEN nPort = 587

m is Email
m.Sender = "Café Lumière <news@cafe-lumiere.example>"
m.Recipient.Add("Anaïs Martin <anais@example.org>")
m.Cc.Add("shop@cafe-lumiere.example")
m.Bcc.Add("archive@cafe-lumiere.example")	// gets a copy, but appears in no header
m.ReplyTo = "orders@cafe-lumiere.example"
m.Subject = "Nouveautés de l'automne ☕"
m.Priority = emailHighPriority

// Mail readers that do not show HTML show this text instead.
m.Message = [
	Bonjour Anaïs,

	Our autumn coffees are here. The price list is attached.

	Café Lumière
]
m.HTML = [
	<html><body>
	<h1>Bonjour Anaïs,</h1>
	<p>Our <b>autumn coffees</b> are here. The price list is attached.</p>
	<p><i>Café Lumière</i></p>
	</body></html>
]
IF NOT EmailLoadAttachment(m, "files/price-list.csv") THEN
	Error("Cannot attach the price list", ErrorInfo())
	RETURN
END

IF NOT EmailStartSMTPSession(sUserName, sPassword, sSMTPServer, nPort, emailSynchronous, emailProtocolSMTPS) THEN
	Error("Unable to establish connection", ErrorInfo())
	RETURN
END
IF EmailSendMessage(sUserName, m) THEN
	Info("Sent """ + m.Subject + """ with " + m.NbAttach + " attachment to " + m.NbRecipient + " recipient")
ELSE
	Error(ErrorInfo())
END
EmailCloseSession(sUserName)
