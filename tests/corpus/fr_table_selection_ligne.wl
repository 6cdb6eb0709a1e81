// written for the corpus
// Sélection d'une ligne de TABLE_Produits
nIDProduit est un entier
SI TableSelect(TABLE_Produits) = -1 ALORS RETOUR

nIDProduit = TABLE_Produits.COL_IDProduit
SI HLitRecherchePremier(Produit, IDProduit, nIDProduit) ALORS
	IMG_Produit = Produit.Photo
	LIB_Stock = Produit.Stock + " en stock"
	LIB_Stock..Couleur = (Produit.Stock <= Produit.StockMini ? RougeFoncé SINON VertFoncé)
	BTN_Commander..Etat = (Produit.Stock > 0 ? Actif SINON Grisé)
FIN
