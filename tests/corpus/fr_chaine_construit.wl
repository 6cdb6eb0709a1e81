// written for the corpus
PROCÉDURE LibelléPériode(dDébut est une Date, dFin est une Date) : chaîne
SI dDébut = dFin ALORS
	RENVOYER "Le " + DateVersChaîne(dDébut, "JJJJ JJ MMMM AAAA")
SINON SI dDébut..Mois = dFin..Mois ET dDébut..Année = dFin..Année ALORS
	RENVOYER ChaîneConstruit("Du %1 au %2", dDébut..Jour, DateVersChaîne(dFin, "JJ MMMM AAAA"))
SINON
	RENVOYER ChaîneConstruit("Du %1 au %2", DateVersChaîne(dDébut, "JJ/MM/AAAA"), DateVersChaîne(dFin, "JJ/MM/AAAA"))
FIN
