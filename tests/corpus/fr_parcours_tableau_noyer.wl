// source: noyer.fr "Comment parcourir tous les éléments d'un tableau ?", adapté
PROCÉDURE AfficheTableau()
tabPrénoms est un tableau de chaînes = ["Anne", "Bruno", "Chloé"]
sPrénom est une chaîne
nIndice est un entier

// Parcours avec un indice
POUR nIndice = 1 _A_ TableauOccurrence(tabPrénoms)
	Trace(nIndice + " : " + tabPrénoms[nIndice])
FIN

// Parcours avec POUR TOUT
POUR TOUT sPrénom, nIndice DE tabPrénoms
	Trace(nIndice + " : " + sPrénom)
FIN
