// written for the corpus
CClient est une Classe
PUBLIC
	m_sNom est une chaîne
	m_sPrénom est une chaîne
	m_sEmail est une chaîne
PRIVÉ
	m_nIDClient est un entier
	m_mEncours est un monétaire
FIN
