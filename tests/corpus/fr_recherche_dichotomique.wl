// written for the corpus
PROCÉDURE RechercheDichotomique(tabTrié est un tableau d'entiers, nCherché est un entier) : entier
nBas est un entier = 1
nHaut est un entier = TableauOccurrence(tabTrié)
nMilieu est un entier

TANTQUE nBas <= nHaut
	nMilieu = (nBas + nHaut) / 2
	SI tabTrié[nMilieu] = nCherché ALORS
		RENVOYER nMilieu
	SINON SI tabTrié[nMilieu] < nCherché ALORS
		nBas = nMilieu + 1
	SINON
		nHaut = nMilieu - 1
	FIN
FIN
RENVOYER -1
