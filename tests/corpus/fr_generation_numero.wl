// written for the corpus
PROCÉDURE ProchainNuméroFacture() : chaîne
nDernier est un entier
sAnnée est une chaîne = Gauche(DateDuJour(), 4)

HLitDernier(Facture, NumFacture)
SI HTrouve(Facture) ET Gauche(Facture.NumFacture, 4) = sAnnée ALORS
	nDernier = Val(Droite(Facture.NumFacture, 5))
SINON
	nDernier = 0
FIN
RENVOYER sAnnée + "-" + NumériqueVersChaîne(nDernier + 1, "05d")
