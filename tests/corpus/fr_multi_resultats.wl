// written for the corpus
PROCÉDURE MinMax(tabValeurs est un tableau d'entiers)
nMin est un entier = tabValeurs[1]
nMax est un entier = tabValeurs[1]
n est un entier

POUR TOUT n DE tabValeurs
	SI n < nMin ALORS nMin = n
	SI n > nMax ALORS nMax = n
FIN
RENVOYER (nMin, nMax)
