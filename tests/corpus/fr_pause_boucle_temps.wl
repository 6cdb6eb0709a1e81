// written for the corpus
PROCÉDURE AttendServeur(nTimeoutSec est un entier = 60) : booléen
dhLimite est une DateHeure = DateHeureSys()
dhLimite..Seconde += nTimeoutSec

TANTQUE DateHeureSys() < dhLimite
	SI Ping(gsServeur) ALORS RENVOYER Vrai
	Temporisation(100)
FIN
RENVOYER Faux
