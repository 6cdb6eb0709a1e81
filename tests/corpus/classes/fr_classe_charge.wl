// written for the corpus
PROCÉDURE CClient::Charge(nIDClient est un entier) : booléen
SI PAS HLitRecherchePremier(Client, IDClient, nIDClient) ALORS
	RENVOYER Faux
FIN
m_nIDClient = Client.IDClient
m_sNom = Client.Nom
m_sPrénom = Client.Prénom
m_sEmail = Client.Email
RENVOYER Vrai
