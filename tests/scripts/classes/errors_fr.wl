// Erreurs signalées avant l'exécution, en français.
cCompte est une Classe
	m_sNom est une chaîne
PRIVÉE
	m_mSolde est un entier
FIN
c est un cCompte
c:Inconnue()
Trace(c.m_mSolde)
c:Crédite()

PROCÉDURE cCompte::Crédite(n est un entier)
	:m_mSolde += n
FIN
