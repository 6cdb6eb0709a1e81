// written for the corpus
PROCÉDURE EssaieConnexion()
nEssai est un entier
bConnecté est un booléen = Faux

BOUCLE (5)
	nEssai++
	bConnecté = HOuvreConnexion(gCnxBase)
	SI bConnecté ALORS SORTIR
	Trace("Tentative " + nEssai + " échouée : " + HErreurInfo())
	Temporisation(200)
FIN

RENVOYER bConnecté
