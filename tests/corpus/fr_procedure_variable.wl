// written for the corpus
PROCÉDURE AppliqueATous(tabValeurs est un tableau d'entiers, pTraitement est une Procédure)
i est un entier
POUR i = 1 _A_ TableauOccurrence(tabValeurs)
	tabValeurs[i] = pTraitement(tabValeurs[i])
FIN
