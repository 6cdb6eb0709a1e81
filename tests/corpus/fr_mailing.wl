// written for the corpus
PROCÉDURE EnvoieLettreInfo(sSujet est une chaîne, sCorpsHTML est une chaîne)
MaSession est une emailSessionSMTP
MonMail est un Email
stC est un STContact
nEnvoyés, nEchecs sont des entiers

MaSession.AdresseServeur = gsServeurSMTP
MaSession.Port = 465
MaSession.Option = emailOptionSécuriséTLS
MaSession.Nom = gsUtilisateurSMTP
MaSession.MotDePasse = gsMotDePasseSMTP
SI PAS EmailOuvreSession(MaSession) ALORS
	Erreur("Connexion SMTP impossible : " + ErreurInfo())
	RETOUR
FIN

POUR TOUT stC DE ContactsAbonnés()
	EmailRAZ(MonMail)
	MonMail.Expediteur = "newsletter@exemple.fr"
	Ajoute(MonMail.Destinataire, stC.sEmail)
	MonMail.Sujet = sSujet
	MonMail.HTML = Remplace(sCorpsHTML, "{NOM}", stC.sNom)
	MonMail.Message = HTMLVersTexte(MonMail.HTML)
	SI EmailEnvoieMessage(MaSession, MonMail) ALORS
		nEnvoyés++
	SINON
		nEchecs++
		JournaliseAction("ECHEC MAIL", stC.sEmail + " : " + ErreurInfo())
	FIN
FIN

EmailFermeSession(MaSession)
Info(ChaîneConstruit("%1 message(s) envoyé(s), %2 échec(s).", nEnvoyés, nEchecs))
