// A small mailing written with classes: a cMailing object holds the session and the
// recipients, builds each message and sends it; a cReminder mailing inherits everything
// and only redefines the text. The recipients are dynamic objects of class cRecipient.
//
// Server and account: SMTP_SERVER, SMTP_PORT, SMTP_USER, SMTP_PASSWORD (see email_plain.wl).
// Try it without sending anything:  wl run --capture-mail outbox class_mailing.wl

cRecipient is Class
	m_sName is string
	m_sAddress is string
	m_nPoints is int
END

PROCEDURE cRecipient::Constructor(sName is string, sAddress is string, nPoints is int)
	:m_sName = sName
	:m_sAddress = sAddress
	:m_nPoints = nPoints
END

cMailing is Class
PUBLIC
	m_sSubject is string
	m_nSent is int
	m_nFailed is int
PROTECTED
	m_sSender is string
	m_arrRecipients is array of cRecipient dynamic
PRIVATE
	m_Session is emailSMTPSession
END

PROCEDURE cMailing::Constructor(sSender is string, sSubject is string)
	:m_sSender = sSender
	:m_sSubject = sSubject
	:m_Session..Name = GetEnv("SMTP_USER")
	:m_Session..Password = GetEnv("SMTP_PASSWORD")
	:m_Session..ServerAddress = GetEnv("SMTP_SERVER")
	:m_Session..Port = Val(GetEnv("SMTP_PORT"))
	:m_Session..Option = emailProtocolSMTPS
	IF :m_Session..ServerAddress = "" THEN :m_Session..ServerAddress = "smtp.example.com"
	IF :m_Session..Port = 0 THEN :m_Session..Port = 587
END

PROCEDURE cMailing::Add(sName is string, sAddress is string, nPoints is int = 0)
	ArrayAdd(:m_arrRecipients, new cRecipient(sName, sAddress, nPoints))
END

// The text of the message: redefined by the classes derived from cMailing.
PROCEDURE cMailing::Body(pRecipient is cRecipient)
	RESULT "Dear " + pRecipient.m_sName + "," + CR + CR + "Here is our news of the month." + CR
END

// Builds the message for one recipient in the Email structure.
PROCEDURE cMailing::Build(pRecipient is cRecipient)
	EmailReset()
	Email.Sender = :m_sSender
	Email.Recipient[1] = pRecipient.m_sName + " <" + pRecipient.m_sAddress + ">"
	Email.Subject = :m_sSubject
	Email.Message = :Body(pRecipient)    // the Body of the object's own class
END

// Sends to every recipient over one session; returns the number of messages sent.
PROCEDURE cMailing::Send() : int
	IF NOT EmailStartSMTPSession(:m_Session) THEN
		Error("Unable to establish connection", ErrorInfo())
		RESULT 0
	END
	FOR EACH pRecipient OF :m_arrRecipients
		:Build(pRecipient)
		IF EmailSendMessage(:m_Session) THEN
			:m_nSent++
		ELSE
			:m_nFailed++
			Error("Not sent to " + pRecipient.m_sAddress + ": " + ErrorInfo(errMessage))
		END
	END
	EmailCloseSession(:m_Session)
	RESULT :m_nSent
END

cReminder is Class
	inherits from cMailing
	m_nMinimum is int
END

PROCEDURE cReminder::Constructor(nMinimum is int)
	Constructor cMailing("Loyalty Club <loyalty@example.com>", "Your points are waiting")
	:m_nMinimum = nMinimum
END

PROCEDURE cReminder::Body(pRecipient is cRecipient)
	sText is string = cMailing::Body(pRecipient)    // the ancestor's text, then ours
	IF pRecipient.m_nPoints >= :m_nMinimum THEN
		sText += "You have " + pRecipient.m_nPoints + " points: enough for a gift!" + CR
	ELSE
		sText += "You have " + pRecipient.m_nPoints + " points." + CR
	END
	RESULT sText
END

News is cMailing("News <news@example.com>", "Our news")
News:Add("Alice Martin", "alice@example.org")
Trace("news sent: " + News:Send())

pMailing is cMailing dynamic = new cReminder(100)
pMailing:Add("Alice Martin", "alice@example.org", 120)
pMailing:Add("Bruno Petit", "bruno@example.org", 45)
Trace("reminders sent: " + pMailing:Send(), "failed: " + pMailing.m_nFailed)
