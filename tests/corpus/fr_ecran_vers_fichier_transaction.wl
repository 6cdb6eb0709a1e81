// written for the corpus
PROCÉDURE ValideCommande(nIDCommande est un entier) : booléen
bOK est un booléen = Vrai

HTransactionDébut()
POUR TOUT LigneCommande AVEC IDCommande = nIDCommande
	HLitRecherchePremier(Produit, IDProduit, LigneCommande.IDProduit)
	SI Produit.Stock < LigneCommande.Quantité ALORS
		bOK = Faux
		SORTIR
	FIN
	Produit.Stock -= LigneCommande.Quantité
	SI PAS HModifie(Produit) ALORS
		bOK = Faux
		SORTIR
	FIN
FIN

SI bOK ALORS
	HTransactionFin()
SINON
	HTransactionAnnule()
FIN
RENVOYER bOK
