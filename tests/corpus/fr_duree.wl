// written for the corpus
PROCÉDURE ChronoTraitement()
dhDébut est une DateHeure = DateHeureSys()
duTemps est une Durée

TraitementLong()

duTemps = DateHeureSys() - dhDébut
Trace("Traitement terminé en " + duTemps..Seconde + " s")
SI duTemps > 5 min ALORS
	JournaliseAction("LENT", DuréeVersChaîne(duTemps, "MM:SS"))
FIN
