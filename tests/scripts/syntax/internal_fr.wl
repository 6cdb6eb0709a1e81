// PROCÉDURE INTERNE, mots-clés français.
Bilan()

PROCÉDURE Bilan()
	nSomme est un entier
	PROCÉDURE INTERNE Ajoute(n est un entier)
		nSomme += n
	FIN
	POUR i = 1 _A_ 4
		Ajoute(i * 10)
	FIN
	Trace("somme", nSomme)
FIN
