// written for the corpus
// A chaque modification de SAI_Recherche
SI Taille(SAI_Recherche) < 3 ALORS
	TableSupprimeTout(TABLE_Résultats)
	RETOUR
FIN
HFiltreCommencePar(Client, Nom, SAI_Recherche)
TableAffiche(TABLE_Résultats, taInit)
LIB_NbRésultats = TABLE_Résultats..Occurrence + " résultat(s)"
