// written for the corpus
PROCÉDURE ElémentsCochés() : chaîne
sRes est une chaîne
i est un entier
POUR i = 1 _A_ LISTE_Options..Occurrence
	SI LISTE_Options[i]..Valeur = Vrai ALORS
		sRes += [", "] + LISTE_Options[i]
	FIN
FIN
RENVOYER sRes
