// written for the corpus
PROCÉDURE ChargePréférences(nIDUtilisateur est un entier)
sValeur est une chaîne

POUR TOUT Préférence AVEC IDUtilisateur = nIDUtilisateur
	sValeur = Préférence.Valeur
	SELON Préférence.Clé
		CAS "THEME"
			gsThème = sValeur
		CAS "LANGUE"
			gnLangue = Val(sValeur)
		CAS "TAILLE_POLICE"
			gnTaillePolice = Val(sValeur)
			SI gnTaillePolice < 8 OU gnTaillePolice > 20 ALORS gnTaillePolice = 10
		CAS "DERNIER_ONGLET"
			gnDernierOnglet = Val(sValeur)
		AUTRE CAS
			// préférence inconnue : ignorée
	FIN
FIN
