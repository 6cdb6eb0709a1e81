// written for the corpus
// Clic sur BTN_Valider
SI SansEspace(SAI_Nom) = "" ALORS
	Erreur("Le nom du client est obligatoire.")
	DonneFocus(SAI_Nom)
	RETOUR
FIN

SI PAS VérifieEmail(SAI_Email) ALORS
	Erreur("L'adresse email saisie n'est pas valide.")
	DonneFocus(SAI_Email)
	RETOUR
FIN

EcranVersFichier()
SI Client.IDClient = 0 ALORS
	HAjoute(Client)
SINON
	HModifie(Client)
FIN
SI ErreurDétectée ALORS
	Erreur("Impossible d'enregistrer le client", HErreurInfo())
	RETOUR
FIN

Info("Client enregistré.")
Ferme(MaFenêtre, Vrai)
