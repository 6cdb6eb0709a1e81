// written for the corpus
CClientPro est une Classe
	hérite de CClient
	m_sSiret est une chaîne
	m_nDélaiPaiement est un entier = 30
FIN
