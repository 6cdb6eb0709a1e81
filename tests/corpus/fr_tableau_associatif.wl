// written for the corpus
PROCÉDURE CompteMots(sTexte est une chaîne)
taCompteur est un tableau associatif d'entiers
sMot est une chaîne
nNb est un entier

POUR TOUTE CHAÎNE sMot DE sTexte SÉPARÉE PAR " "
	SI sMot = "" ALORS CONTINUER
	taCompteur[sMot]++
FIN

POUR TOUT nNb, sMot DE taCompteur
	Trace(sMot + " : " + nNb)
FIN
