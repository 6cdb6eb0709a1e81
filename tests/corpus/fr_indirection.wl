// written for the corpus
PROCÉDURE VideChamps(sPréfixe est une chaîne, nNb est un entier)
i est un entier

POUR i = 1 _A_ nNb
	{sPréfixe + i, indChamp} = ""
	{sPréfixe + i, indChamp}..Etat = Actif
FIN
