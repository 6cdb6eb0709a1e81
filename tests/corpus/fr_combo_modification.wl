// written for the corpus
// Sélection d'une ligne de COMBO_Famille
sFamille est une chaîne = COMBO_Famille..ValeurAffichée
SI COMBO_Famille = 1 ALORS
	HDésactiveFiltre(Produit)
SINON
	HFiltre(Produit, Famille, sFamille)
FIN
TableAffiche(TABLE_Produits, taInit)
