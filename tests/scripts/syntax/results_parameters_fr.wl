// Plusieurs résultats et paramètres en nombre variable, mots-clés français.
nMin, nMax sont des entiers
(nMin, nMax) = MinMax([7, 3, 9, 4])
Trace("min", nMin, "max", nMax)
Trace(Somme(10, 20, 30))

PROCÉDURE MinMax(tab est un tableau d'entiers) : (entier, entier)
	nBas est un entier = tab[1]
	nHaut est un entier = tab[1]
	POUR TOUT n DE tab
		SI n < nBas ALORS nBas = n
		SI n > nHaut ALORS nHaut = n
	FIN
	RENVOYER (nBas, nHaut)
FIN

PROCÉDURE Somme(*)
	nTotal est un entier
	POUR i = 1 _A_ MesParamètres..Occurrence
		nTotal += MesParamètres[i]
	FIN
	RENVOYER nTotal
FIN
