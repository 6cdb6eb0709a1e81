// written for the corpus
PROCÉDURE RenumeroteLignes()
i est un entier
POUR i = 1 _A_ TableOccurrence(TABLE_Lignes)
	TABLE_Lignes.COL_NumLigne[i] = i
FIN
TableAffiche(TABLE_Lignes)
