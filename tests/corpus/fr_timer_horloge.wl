// written for the corpus
PROCÉDURE MiseAJourHorloge()
LIB_Heure = HeureVersChaîne(HeureSys(), "HH:MM:SS")
SI Droite(HeureSys(), 6) = "000000" ALORS
	// Toutes les heures pile
	RafraîchitCompteurs()
FIN
