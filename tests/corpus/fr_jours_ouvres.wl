// written for the corpus
PROCÉDURE JoursOuvrés(dDébut est une Date, dFin est une Date) : entier
nNb est un entier
dJour est une Date = dDébut

TANTQUE dJour <= dFin
	SI DateVersJour(dJour) <= 5 ET PAS EstFérié(dJour) ALORS nNb++
	dJour..Jour++
FIN
RENVOYER nNb
