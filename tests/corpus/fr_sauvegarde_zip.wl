// written for the corpus
PROCÉDURE SauvegardeDonnées() : booléen
sArchive est une chaîne
MonArchive est une zipArchive
nRésultat est un entier

sArchive = fRepDonnées() + ["\"] + "Sauvegarde_" + DateSys() + "_" + Gauche(HeureSys(), 4) + ".zip"
SI PAS zipCrée(MonArchive, sArchive) ALORS
	Erreur("Impossible de créer l'archive", ErreurInfo())
	RENVOYER Faux
FIN

nRésultat = zipAjouteRépertoire(MonArchive, fRepDonnées() + "\BDD", Vrai, zipCheminRelatif)
SI nRésultat <> 0 ALORS
	Erreur(zipMsgErreur(nRésultat))
	zipFerme(MonArchive)
	RENVOYER Faux
FIN
zipFerme(MonArchive)
JournaliseAction("SAUVEGARDE", sArchive)
RENVOYER Vrai
