// written for the corpus
PROCÉDURE Maximum(a est un entier, b est un entier) : entier
SI (a > b) ALORS
	RENVOYER (a)
SINON
	RENVOYER (b)
FIN
