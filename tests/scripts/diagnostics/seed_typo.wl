// The seed example from PC SOFT's documentation, verbatim: the server variable is declared
// as sSMTPServers but used as sSMTPServer. Nothing runs; every problem is reported.
EmailSetTimeOut(10)
let sSMTPServers = "smtp.orange.fr"
IF EmailStartSMTPSession(sUserName, sPassword, sSMTPServer) = True THEN
Initialize_Email()
IF EmailSendMessage(sUserName) = False THEN
Error()
END
EmailCloseSession(sUserName)
ELSE
Error("Unable to establish connection", ErrorInfo(), ...
"In case of timeout, check the parameters of " + ...
"""Firewall"" on the port used (25)")
END
