// written for the corpus
PROCÉDURE JournaliseModification(sFichier est une chaîne, nID est un entier, sAvant est une chaîne, sAprès est une chaîne)
SI sAvant = sAprès ALORS RETOUR

HRAZ(Historique)
Historique.Fichier = sFichier
Historique.IDEnregistrement = nID
Historique.ValeurAvant = sAvant
Historique.ValeurAprès = sAprès
Historique.Utilisateur = gsUtilisateur
Historique.DateHeure = DateHeureSys()
SI PAS HAjoute(Historique) ALORS
	Trace("Historique non enregistré : " + HErreurInfo())
FIN
