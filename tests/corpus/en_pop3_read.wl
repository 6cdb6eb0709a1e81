// written for the corpus
PROCEDURE CheckMailbox() : int
MySession is emailPOP3Session
MyMessage is Email
nCount is int

MySession.ServerAddress = "pop.example.com"
MySession.Name = gsPOPUser
MySession.Password = gsPOPPassword
IF NOT EmailStartSession(MySession) THEN RESULT -1

EmailReadFirst(MySession, MyMessage)
WHILE NOT MyMessage.Out
	nCount++
	Trace(MyMessage.Sender + ": " + MyMessage.Subject)
	EmailReadNext(MySession, MyMessage)
END
EmailCloseSession(MySession)
RESULT nCount
