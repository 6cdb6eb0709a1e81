// written for the corpus
PROCÉDURE RéunionTropLongue(dhDébut est une DateHeure, dhFin est une DateHeure) : booléen
duMax est une Durée = 2 h 30 min
duRéunion est une Durée = dhFin - dhDébut
SI duRéunion > duMax + 15 min ALORS
	Trace("Réunion de " + DuréeVersChaîne(duRéunion, "HH:MM"))
	RENVOYER Vrai
FIN
RENVOYER Faux
