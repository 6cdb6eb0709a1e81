// written for the corpus
PROCÉDURE ExporteTableCSV(sChemin est une chaîne)
nIdFic est un entier
sLigne est une chaîne
i est un entier

nIdFic = fCrée(sChemin)
SI nIdFic = -1 ALORS
	Erreur("Création du fichier impossible", ErreurInfo(errMessage))
	RENVOYER Faux
FIN

// En-tête
fEcritLigne(nIdFic, "Numéro;Date;Client;Montant")

POUR i = 1 _A_ TABLE_Commandes..Occurrence
	sLigne = TABLE_Commandes[i].COL_Numéro + ";" + ...
		DateVersChaîne(TABLE_Commandes[i].COL_Date, "JJ/MM/AAAA") + ";" + ...
		TABLE_Commandes[i].COL_Client + ";" + ...
		Remplace(NumériqueVersChaîne(TABLE_Commandes[i].COL_Montant, ".2f"), ".", ",")
	fEcritLigne(nIdFic, sLigne)
FIN
fFerme(nIdFic)

SI OuiNon("Export terminé. Ouvrir le fichier ?") = Oui ALORS
	LanceAppliAssociée(sChemin)
FIN
RENVOYER Vrai
