// written for the corpus
PROCÉDURE AttendFichier(sChemin est une chaîne, nTimeoutSec est un entier = 30)
nDébut est un entier = HeureVersEntier(HeureSys())

BOUCLE
	SI fFichierExiste(sChemin) ALORS SORTIR
	SI (HeureVersEntier(HeureSys()) - nDébut) > nTimeoutSec * 100 ALORS
		RENVOYER Faux
	FIN
	Multitâche(50)
FIN
RENVOYER Vrai
