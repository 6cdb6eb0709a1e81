// written for the corpus
PROCEDURE WaitForServer(nTimeout is int = 60) : boolean
dhLimit is DateTime = SysDateTime()
dhLimit.Second += nTimeout
WHILE SysDateTime() < dhLimit
	IF Ping(gsServer) THEN RESULT True
	Wait(100)
END
RESULT False
