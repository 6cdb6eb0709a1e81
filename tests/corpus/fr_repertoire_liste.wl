// written for the corpus
PROCÉDURE PurgeAnciensFichiers(sRépertoire est une chaîne, nJours est un entier)
sFichier est une chaîne
sListe est une chaîne
dLimite est une Date = DateDuJour()
nSupprimés est un entier

dLimite..Jour -= nJours
sListe = fListeFichier(sRépertoire + "\*.log", frNonRécursif)
POUR TOUTE CHAÎNE sFichier DE sListe SÉPARÉE PAR RC
	SI fDate(sFichier) < dLimite ALORS
		SI fSupprime(sFichier) ALORS nSupprimés++
	FIN
FIN
RENVOYER nSupprimés
