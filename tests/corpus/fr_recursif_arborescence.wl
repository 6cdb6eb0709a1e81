// written for the corpus
PROCÉDURE TailleRépertoire(sRépertoire est une chaîne) : entier sur 8 octets
nTotal est un entier sur 8 octets
sFichier est une chaîne
sSousRep est une chaîne

POUR TOUTE CHAÎNE sFichier DE fListeFichier(sRépertoire + "\*.*", frNonRécursif) SÉPARÉE PAR RC
	nTotal += fTaille(sFichier)
FIN
POUR TOUTE CHAÎNE sSousRep DE fListeRépertoire(sRépertoire + "\*.*", frNonRécursif) SÉPARÉE PAR RC
	nTotal += TailleRépertoire(sSousRep)
FIN
RENVOYER nTotal
