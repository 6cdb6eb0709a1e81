// source: doc.pcsoft.fr "Instruction POUR TOUT / POUR TOUS (parcours d'une variable de type jsonLecteur)" (exemple)
PROCÉDURE LitFichierJSON()
// Parcours sur un niveau
// Lecteur est la variable correspondant au fichier JSON
Lecteur est un jsonLecteur = JSONOuvreLecteur("fichier.json")
POUR CHAQUE Lecteur
	// Lecture du tableau racine ligne 1
	POUR CHAQUE Lecteur
		// Lecture des objets lignes 2 et 21
		POUR CHAQUE Lecteur
			// Lecture des membres lignes 3 à 5, 22 à 24
			POUR CHAQUE Lecteur
				// Lecture des objets lignes 7, 13, 26 et 32
				POUR CHAQUE Lecteur
					// Lecture des membres lignes 8 à 11, 14 à 17, 27 à 30 et 33 à 36
				FIN
			FIN
		FIN
	FIN
FIN
// Parcours sur un niveau avec copie
Lecteur2 est un jsonLecteur = JSONOuvreLecteur("fichier.json")
POUR CHAQUE tableau_clients DE Lecteur2
	Trace(tableau_clients)
FIN
