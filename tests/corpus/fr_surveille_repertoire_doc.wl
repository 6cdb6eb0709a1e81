// source: doc.pcsoft.fr "Procédure WLangage appelée par fSurveilleRépertoire" (exemple), mots-clés français
// Nom du répertoire à surveiller
sNomRepertoire est une chaîne = "C:\Temp\MonRep"
// La procédure fSurveilleRépertoire_Callback sera appelée
// lorsqu'un fichier ou un répertoire contenu dans le répertoire "C:\Temp\MonRep" sera modifié.
SI fSurveilleRépertoire(sNomRepertoire, fSurveilleRépertoire_Callback, fsCréationFichier + ...
		fsModificationFichier + fsSuppressionFichier + fsRenommage) ALORS
	// On informe l'utilisateur de la mise sous surveillance du répertoire
	Info("La mise sous surveillance du répertoire " + sNomRepertoire + " a réussi.")
SINON
	// On informe l'utilisateur de l'échec de la mise sous surveillance du répertoire
	Info("La mise sous surveillance du répertoire " + sNomRepertoire + " a échoué.")
FIN

// Code de la procédure
PROCÉDURE INTERNE fSurveilleRépertoire_Callback(sNomRep, sNomFichier, nAction, sAncienNomFichier)
	sDesignationAction est une chaîne
	// La désignation de l'action subie dépend de nAction
	SELON nAction
		CAS fsCréationFichier : sDesignationAction = "Création de fichier"
		CAS fsSuppressionFichier : sDesignationAction = "Suppression de fichier"
		CAS fsModificationFichier : sDesignationAction = "Modification de fichier"
		CAS fsRenommage : sDesignationAction = "Renommage de fichier"
	FIN
	// Ajout d'une ligne contenant les informations de la modification
	// dans le champ Table TABLE_MODIFICATIONS
	ExécuteThreadPrincipal(TableAjouteLigne, TABLE_MODIFICATIONS, sNomRep, sNomFichier, ...
		sDesignationAction, sAncienNomFichier)
FIN
