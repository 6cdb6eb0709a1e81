// written for the corpus
STRUCTURE STLigne
	sRéférence est une chaîne
	nQuantité est un entier
	mPrixUnitaire est un monétaire
FIN

PROCÉDURE TotalLignes(tabLignes est un tableau de STLigne) : monétaire
mTotal est un monétaire
stL est un STLigne

POUR TOUT stL DE tabLignes
	mTotal += stL.nQuantité * stL.mPrixUnitaire
FIN
RENVOYER mTotal
