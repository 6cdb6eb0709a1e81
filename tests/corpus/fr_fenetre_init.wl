// written for the corpus
// Initialisation de FEN_FicheClient
PROCÉDURE MaFenêtre(nIDClient est un entier = 0)

SI nIDClient > 0 ALORS
	HLitRecherchePremier(Client, IDClient, nIDClient)
	SI HTrouve(Client) ALORS
		FichierVersEcran()
		MaFenêtre..Titre = "Client : " + Client.Nom
	SINON
		Erreur("Client introuvable")
		Ferme()
	FIN
SINON
	HRAZ(Client)
	MaFenêtre..Titre = "Nouveau client"
	BTN_Supprimer..Grisé = Vrai
FIN
