// written for the corpus
// Clic sur BTN_Supprimer
SI OuiNon(Non, "Voulez-vous vraiment supprimer le client " + Client.Nom + " ?") = Non ALORS
	RETOUR
FIN

HLitRecherchePremier(Client, IDClient, TABLE_Clients.COL_IDClient)
SI HTrouve() ALORS
	SI HSupprime(Client) = Faux ALORS
		Erreur(HErreurInfo())
	SINON
		TableSupprime(TABLE_Clients)
		ToastAffiche("Client supprimé")
	FIN
FIN
