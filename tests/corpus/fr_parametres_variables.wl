// written for the corpus
PROCÉDURE Somme(*)
nTotal est un entier
i est un entier

POUR i = 1 _A_ MesParamètres..Occurrence
	nTotal += MesParamètres[i]
FIN
RENVOYER nTotal
