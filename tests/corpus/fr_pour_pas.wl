// written for the corpus
PROCÉDURE CompteARebours(nDépart est un entier)
i est un entier

POUR i = nDépart _A_ 1 PAS -1
	Trace(i)
FIN
Trace("Partez !")
