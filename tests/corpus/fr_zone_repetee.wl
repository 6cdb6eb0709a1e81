// written for the corpus
PROCÉDURE RemplitZoneProduits(sFamille est une chaîne)
ZoneRépétéeSupprimeTout(ZR_Produits)
POUR TOUT Produit AVEC Famille = sFamille
	ZoneRépétéeAjouteLigne(ZR_Produits, Produit.IDProduit, Produit.Libellé, ...
		NumériqueVersChaîne(Produit.PrixTTC, "8.2f") + " €", Produit.Photo)
FIN
LIB_NbProduits = ZR_Produits..Occurrence + " produit(s)"
