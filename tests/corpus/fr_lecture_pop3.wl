// written for the corpus
PROCÉDURE RelèveBoîte() : entier
MaSessionPOP est une emailSessionPOP3
MonMessage est un Email
nNb est un entier

MaSessionPOP.AdresseServeur = "pop.exemple.fr"
MaSessionPOP.Nom = gsUtilisateurPOP
MaSessionPOP.MotDePasse = gsMotDePassePOP
SI PAS EmailOuvreSession(MaSessionPOP) ALORS RENVOYER -1

EmailLitPremier(MaSessionPOP, MonMessage)
TANTQUE PAS MonMessage.EnDehors
	nNb++
	Trace(MonMessage.Expediteur + " : " + MonMessage.Sujet)
	EmailLitSuivant(MaSessionPOP, MonMessage)
FIN
EmailFermeSession(MaSessionPOP)
RENVOYER nNb
