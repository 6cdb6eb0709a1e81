// written for the corpus
// Clic sur BTN_Enregistrer
clClient est un CClient(SAI_IDClient)

clClient:m_sNom = SAI_Nom
clClient:m_sPrénom = SAI_Prénom
clClient:m_sEmail = SAI_Email
SI clClient:Sauve() ALORS
	ToastAffiche("Client enregistré")
SINON
	Erreur("Enregistrement impossible")
FIN
