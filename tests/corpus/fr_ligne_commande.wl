// source: noyer.fr "Fonction LigneCommande()", adapté
// Initialisation du projet
sParamètre est une chaîne
sValeur est une chaîne
i est un entier = 1

sParamètre = LigneCommande(i)
TANTQUE sParamètre <> ""
	SELON Minuscule(sParamètre)
		CAS "/silence", "-s"
			gbModeSilencieux = Vrai
		CAS "/fichier"
			i++
			sValeur = LigneCommande(i)
			gsFichierAImporter = sValeur
		AUTRE CAS
			Trace("Paramètre inconnu : " + sParamètre)
	FIN
	i++
	sParamètre = LigneCommande(i)
FIN
