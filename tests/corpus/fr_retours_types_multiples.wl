// written for the corpus
PROCÉDURE BornesPériode(nAnnée est un entier, nTrimestre est un entier) : (Date, Date)
dDébut, dFin sont des Dates

dDébut = ChaîneVersDate(nAnnée + Complète((nTrimestre - 1) * 3 + 1, 2, "0") + "01")
dFin = dDébut
dFin..Mois += 3
dFin..Jour--
RENVOYER (dDébut, dFin)
