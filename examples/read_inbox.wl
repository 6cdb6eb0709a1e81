// Reads a mailbox through POP3: how many messages wait, who sent each one and about what,
// and saves their attachments in the current folder. Nothing is deleted on the server.
//
// The server and the account come from the environment: POP3_SERVER, POP3_PORT (110 by
// default), POP3_USER, POP3_PASSWORD. The session asks for STLS (TLS on the plain port);
// on port 995 it uses TLS from the first byte instead.
//     POP3_SERVER=pop.example.com POP3_USER=bob POP3_PASSWORD=… wl run read_inbox.wl

sUserName is string = GetEnv("POP3_USER")
sPassword is string = GetEnv("POP3_PASSWORD")
sServer is string = GetEnv("POP3_SERVER")
nPort is int = Val(GetEnv("POP3_PORT"))
IF sServer = "" OR sUserName = "" THEN
	Info("Set POP3_SERVER, POP3_USER and POP3_PASSWORD (and POP3_PORT if not 110) to read a mailbox.")
	RETURN
END
IF nPort = 0 THEN nPort = 110

EmailSetTimeOut(20)
IF NOT EmailStartPOP3Session(sUserName, sPassword, sServer, nPort, emailOptionSecuredTLS) THEN
	Error("Unable to open the mailbox", ErrorInfo())
	RETURN
END

Info("Mailbox of " + sUserName + ": " + EmailNbMessage(sUserName) + " message(s)")
nMessage is int
nSaved is int
EmailReadFirst(sUserName)
WHILE NOT Email.Out
	nMessage++
	// Email.Date is YYYYMMDDHHMMSS, local time: keep the day.
	Info(NumToString(nMessage) + ". " + Email.Sender + ": " + Email.Subject + " (" + Left(Email.Date, 8) + ")")
	FOR i = 1 TO Email.NbAttach
		IF EmailSaveAttachment(Email.Attach[i], Email.Attach[i]) THEN
			Info("   saved " + Email.Attach[i])
			nSaved++
		ELSE
			Error(ErrorInfo())
		END
	END
	EmailReadNext(sUserName)
END
IF ErrorOccurred THEN Error("Reading stopped:", ErrorInfo())
Info(NumToString(nSaved) + " attachment(s) saved")

EmailCloseSession(sUserName)
