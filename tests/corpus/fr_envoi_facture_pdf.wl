// written for the corpus
PROCÉDURE EnvoieFacturePDF(nIDFacture est un entier) : booléen
sPDF est une chaîne = fRepTemp() + ["\"] + "Facture_" + nIDFacture + ".pdf"
MonMail est un Email
MaSession est une emailSessionSMTP
MaPièceJointe est un emailAttache

iDestination(iPDF, sPDF)
iImprimeEtat(ETAT_Facture, nIDFacture)
SI PAS fFichierExiste(sPDF) ALORS RENVOYER Faux

HLitRecherchePremier(Facture, IDFacture, nIDFacture)
HLitRecherchePremier(Client, IDClient, Facture.IDClient)

MonMail.Expediteur = gsEmailSociété
Ajoute(MonMail.Destinataire, Client.Email)
MonMail.Sujet = "Votre facture " + Facture.NumFacture
MonMail.Message = "Bonjour," + RC + "Veuillez trouver ci-joint votre facture." + RC + "Cordialement"
EmailChargeFichierAttaché(MonMail, sPDF)

MaSession.AdresseServeur = gsServeurSMTP
MaSession.Port = 587
MaSession.Option = emailOptionSécuriséTLS
MaSession.Nom = gsUtilisateurSMTP
MaSession.MotDePasse = gsMotDePasseSMTP
SI PAS EmailOuvreSession(MaSession) ALORS RENVOYER Faux
SI PAS EmailEnvoieMessage(MaSession, MonMail) ALORS
	EmailFermeSession(MaSession)
	RENVOYER Faux
FIN
EmailFermeSession(MaSession)
fSupprime(sPDF)
RENVOYER Vrai
