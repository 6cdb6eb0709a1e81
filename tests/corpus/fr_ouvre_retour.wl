// written for the corpus
// Clic sur BTN_ChoisirClient
nIDChoisi est un entier
nIDChoisi = Ouvre(FEN_ChoixClient, SAI_Recherche)
SI nIDChoisi > 0 ALORS
	HLitRecherchePremier(Client, IDClient, nIDChoisi)
	SAI_Client = Client.Nom + " " + Client.Prénom
	gnIDClientCourant = nIDChoisi
	ExécuteTraitement(SAI_Client, trtSortie)
FIN
