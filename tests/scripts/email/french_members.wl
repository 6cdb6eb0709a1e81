// The French member names PC SOFT's own French example writes (help.windev.com/?1000018727,
// EmailGetAll: `MonEmail.Expediteur`, `MonEmail.Sujet`) name the same members as Sender and
// Subject, in the Email structure and in Email variables, in any case.
MonEmail is Email
MonEmail.Expediteur = "ann@example.org"
MonEmail.Sujet = "Réunion de lundi"
MonEmail.Recipient = "bob@example.com"
MonEmail.Message = "À lundi."
Trace(MonEmail.Sender, MonEmail.Subject)
Trace(MonEmail.expediteur = MonEmail.Sender, MonEmail.SUJET)
EmailConstruitSource(MonEmail)
Trace(Contains(MonEmail.Source, "From: ann@example.org"), Contains(MonEmail.Source, "Subject: =?utf-8?b?UsOpdW5pb24=?= de lundi"))
Email.Sujet = "Structure"
Email.Expediteur = "carl@example.org"
Trace(Email.Subject, Email.Sender)
EmailRAZ()
Trace("[" + Email.Sujet + "]", "[" + Email.Expediteur + "]")
