// written for the corpus
CONSTANTE NB_ESSAIS_MAX = 3

PROCÉDURE Authentifie(sLogin est une chaîne, sMotDePasse est une chaîne) : booléen
nEssais est un entier
bOK est un booléen

TANTQUE nEssais < NB_ESSAIS_MAX ET PAS bOK
	nEssais++
	bOK = VérifieIdentifiants(sLogin, sMotDePasse)
	SI PAS bOK ALORS
		sMotDePasse = SaisieMotDePasse("Mot de passe incorrect, essai " + nEssais + "/" + NB_ESSAIS_MAX)
	FIN
FIN
RENVOYER bOK
