// written for the corpus
PROCÉDURE CClient::Sauve() : booléen
HRAZ(Client)
Client.IDClient = m_nIDClient
Client.Nom = m_sNom
Client.Prénom = m_sPrénom
Client.Email = m_sEmail

SI m_nIDClient = 0 ALORS
	SI PAS HAjoute(Client) ALORS RENVOYER Faux
	m_nIDClient = Client.IDClient
SINON
	SI PAS HModifie(Client) ALORS RENVOYER Faux
FIN
RENVOYER Vrai

CAS ERREUR:
	Trace("CClient::Sauve : " + ErreurInfo())
	RENVOYER Faux
