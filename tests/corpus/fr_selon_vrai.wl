// written for the corpus
PROCÉDURE TrancheAge(nAge est un entier) : chaîne
SELON nAge
	CAS < 18 : RENVOYER "Mineur"
	CAS 18 A 25 : RENVOYER "Jeune adulte"
	CAS 26 A 64 : RENVOYER "Adulte"
	AUTRE CAS : RENVOYER "Senior"
FIN
