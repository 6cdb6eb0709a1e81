// written for the corpus
PROCÉDURE CréeFacture(nIDClient est un entier, dDateFacture est une Date, ...
	tabLignes est un tableau de STLigneFacture, sCommentaire est une chaîne = "", ...
	bEnvoyerParMail est un booléen = Faux) : entier
nIDFacture est un entier

HRAZ(Facture)
Facture.IDClient = nIDClient
Facture.DateFacture = dDateFacture
Facture.Commentaire = sCommentaire
Facture.NumFacture = ProchainNuméroFacture()
SI PAS HAjoute(Facture) ALORS RENVOYER 0
nIDFacture = Facture.IDFacture

POUR TOUT stL DE tabLignes
	LigneFacture.IDFacture = nIDFacture
	LigneFacture.Référence = stL.sRéférence
	LigneFacture.Quantité = stL.nQuantité
	LigneFacture.PrixUnitaire = stL.mPrixUnitaire
	HAjoute(LigneFacture)
FIN

SI bEnvoyerParMail ALORS EnvoieFactureParMail(nIDFacture)
RENVOYER nIDFacture
