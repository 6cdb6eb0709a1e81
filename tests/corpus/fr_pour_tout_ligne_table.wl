// written for the corpus
PROCÉDURE TotalTableSélection()
mTotal est un monétaire

POUR TOUTE LIGNE SÉLECTIONNÉE DE TABLE_Factures
	mTotal += TABLE_Factures.COL_Montant
FIN
LIB_Total = NumériqueVersChaîne(mTotal, "12.2f") + " €"
