// written for the corpus
CCommande est une Classe
	hérite de CDocument
PUBLIC
	m_sNuméro est une chaîne
	m_dDate est une Date
	m_clClient est un CClient dynamique
	m_tabLignes est un tableau de STLigne
PROTÉGÉ
	m_mTotalHT est un monétaire
PRIVÉ
	m_bModifiée est un booléen
	CONSTANTE TAUX_TVA = 20
FIN
