// written for the corpus (keywords and types typed without accents, as many developers do)
PROCEDURE TotalParCategorie(sCategorie est une chaine) : monetaire
mTotal est un monetaire
nQuantite est un entier
rRemise est un reel = 0
bTrouve est un booleen
dDerniere est une Date
duAttente est une duree

POUR TOUT Produit AVEC Categorie = sCategorie
	bTrouve = Vrai
	nQuantite = StockTheorique(Produit.IDProduit)
	mTotal += nQuantite * Produit.PrixHT
	SI Produit.DateMaj > dDerniere ALORS dDerniere = Produit.DateMaj
FIN
SI PAS bTrouve ALORS RENVOYER 0
SI mTotal > 10000 ALORS rRemise = 2.5
RENVOYER mTotal * (1 - rRemise / 100)
