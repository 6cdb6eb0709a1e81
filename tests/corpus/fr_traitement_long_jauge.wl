// written for the corpus
PROCÉDURE RecalculeStocks()
nTotal est un entier = HNbEnr(Produit)
nCourant est un entier

JAUGE_Progression..BorneMax = nTotal
JAUGE_Progression = 0
SablierAffiche(Vrai)

POUR TOUT Produit
	nCourant++
	Produit.Stock = StockThéorique(Produit.IDProduit)
	HModifie(Produit)
	SI nCourant modulo 50 = 0 ALORS
		JAUGE_Progression = nCourant
		Multitâche(-1)
	FIN
FIN

SablierAffiche(Faux)
Info(nTotal + " produits recalculés.")
