// A session's password is a secret: once set, a script reads it back as "***", and a
// session printed whole shows "***" too. An empty password stays empty (nothing to hide).
s is emailSMTPSession
Trace("[" + s..Password + "]")
s..Name = "me"
s..Password = "hunter2"
Trace("[" + s..Password + "]", Length(s..Password))
Trace(s..Password = "hunter2")
Trace(s)
p is emailPOP3Session
p..Password = "hunter2"
Trace(p..Password)
copy is emailSMTPSession = s
Trace(copy..Password)
