// written for the corpus
PROCÉDURE MatriceIdentité(n est un entier)
tabM est un tableau de 5 par 5 entiers
i, j sont des entiers

POUR i = 1 _A_ n
	POUR j = 1 _A_ n
		tabM[i, j] = (i = j ? 1 SINON 0)
	FIN
FIN
RENVOYER tabM
