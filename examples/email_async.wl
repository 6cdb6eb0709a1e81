// An asynchronous session: EmailSendMessage only checks each message and queues it, and a
// background sender delivers the queue while the script goes on. EmailCloseSession waits
// for the queue to be sent and reports the messages that could not be.
//
// Server and account: SMTP_SERVER, SMTP_PORT, SMTP_USER, SMTP_PASSWORD (see email_plain.wl).
// Try it without sending anything:  wl run --capture-mail outbox email_async.wl

sUserName is string = GetEnv("SMTP_USER")
sPassword is string = GetEnv("SMTP_PASSWORD")
sSMTPServer is string = GetEnv("SMTP_SERVER")
nPort is int = Val(GetEnv("SMTP_PORT"))
IF sUserName = "" THEN sUserName = "alerts@example.com"
IF sSMTPServer = "" THEN sSMTPServer = "smtp.example.com"
IF nPort = 0 THEN nPort = 465

IF NOT EmailStartSMTPSession(sUserName, sPassword, sSMTPServer, nPort, emailAsynchronous, optionTLS) THEN
	Error("Unable to establish connection", ErrorInfo())
	RETURN
END

arrSensors is array of string = ["boiler", "freezer", "server room"]
FOR EACH sSensor OF arrSensors
	EmailReset()
	Email.Sender = "Building alerts <alerts@example.com>"
	Email.Recipient[1] = "maintenance@example.com"
	Email.Subject = "Daily report: " + sSensor
	Email.Message = "The " + sSensor + " sensor reported no incident today."
	IF NOT EmailSendMessage(sUserName) THEN
		// Only an invalid message fails here; delivery failures come with EmailCloseSession.
		Error(ErrorInfo())
	END
END
Info("3 reports queued")

IF EmailCloseSession(sUserName) THEN
	Info("All reports delivered")
ELSE
	Error(ErrorInfo())
END
