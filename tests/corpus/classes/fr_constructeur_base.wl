// written for the corpus
PROCÉDURE Constructeur(sRaisonSociale est une chaîne, sSiret est une chaîne)
Constructeur CClient(sRaisonSociale)
m_sSiret = sSiret
m_nDélaiPaiement = 30
