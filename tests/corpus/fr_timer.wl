// written for the corpus
// Initialisation de FEN_Accueil
gnTimerHorloge est un entier

gnTimerHorloge = TimerSys(MiseAJourHorloge, 100)
LIB_Version = "Version " + ExeInfo(exeVersion)
LIB_Utilisateur = "Connecté : " + gsUtilisateur
