// written for the corpus
PROCÉDURE LibelléSemaine(dDate est une Date) : chaîne
nSemaine est un entier = DateVersNuméroDeSemaine(dDate)
dLundi est une Date = dDate
TANTQUE DateVersJour(dLundi) <> 1
	dLundi..Jour--
FIN
RENVOYER ChaîneConstruit("Semaine %1 (du %2)", nSemaine, DateVersChaîne(dLundi, "JJ/MM"))
