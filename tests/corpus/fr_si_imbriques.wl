// written for the corpus
PROCÉDURE CatégorieClient(mCA est un monétaire, nAnciennetéAns est un entier) : chaîne
SI mCA > 100000 ALORS
	SI nAnciennetéAns >= 5 ALORS
		RENVOYER "OR"
	SINON
		RENVOYER "ARGENT"
	FIN
SINON
	SI mCA > 20000 ALORS
		RENVOYER "BRONZE"
	FIN
FIN
RENVOYER "STANDARD"
