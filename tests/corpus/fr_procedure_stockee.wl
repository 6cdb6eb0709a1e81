// written for the corpus
// Procédure stockée (serveur HFSQL)
PROCÉDURE PurgeJournal(nJoursConservés est un entier)
dLimite est une Date = DateDuJour()
nSupprimés est un entier

dLimite..Jour -= nJoursConservés
POUR TOUT Journal SUR DateHeure
	SI Journal.DateHeure..Date >= dLimite ALORS SORTIR
	HSupprime(Journal)
	nSupprimés++
FIN
RENVOYER nSupprimés
