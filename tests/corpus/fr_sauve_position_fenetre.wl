// written for the corpus
// Fermeture de FEN_Principale
INIEcrit("Fenêtre", "X", MaFenêtre..X, gsFichierINI)
INIEcrit("Fenêtre", "Y", MaFenêtre..Y, gsFichierINI)
INIEcrit("Fenêtre", "Largeur", MaFenêtre..Largeur, gsFichierINI)
INIEcrit("Fenêtre", "Hauteur", MaFenêtre..Hauteur, gsFichierINI)
INIEcrit("Fenêtre", "Agrandie", (MaFenêtre..Etat = Agrandie ? "1" SINON "0"), gsFichierINI)
SI gnTimerHorloge > 0 ALORS FinTimerSys(gnTimerHorloge)
HFermeConnexion(gCnxBase)
