// Un tableau à deux dimensions, en français.
tabVentes est un tableau de 3 par 4 entiers
POUR nLigne = 1 À 3
	POUR nColonne = 1 À 4
		tabVentes[nLigne, nColonne] = nLigne * 10 + nColonne
	FIN
FIN
Trace(tabVentes[2, 3], tabVentes[2][3])
tabNoms est un tableau de 2 par 2 chaînes
tabNoms[2, 2] = "Zoé"
Trace(tabNoms[2, 2])
tabFixe est un tableau fixe de 3 entiers
tabFixe[3] = 9
Trace(tabFixe[3], TableauOccurrence(tabFixe))
tabCube est un tableau fixe de 2 par 2 par 2 réels
tabCube[1, 2, 1] = 2.5
Trace(tabCube[1][2][1])
