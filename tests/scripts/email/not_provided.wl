// The email functions and members whose PC SOFT pages were not found (or do not say how they
// behave) are refused before anything runs, by name, never run as a guess: EmailSeekFirst
// (searching), EmailMsgError, EmailImportHTML, and the Email members Error, AttachIdentifier
// and Certificate, and the constants of searching (emailAll, emailBody…) (docs/email.md,
// "PC SOFT's email family in wl").
Trace("never printed")
s is string = "ann@example.com"
EmailSeekFirst(s, "invoice")
Trace(EmailMsgError(3))
m is Email
EmailImportHTML(m, "page.html")
Trace(Email.Error)
Trace(m.AttachIdentifier[1])
m.Certificate = Null
EmailReadFirst(s, emailAll)
