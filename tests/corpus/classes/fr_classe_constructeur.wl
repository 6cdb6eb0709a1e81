// written for the corpus
PROCÉDURE Constructeur(nIDClient est un entier = 0)
m_nIDClient = nIDClient
SI nIDClient > 0 ALORS
	:Charge(nIDClient)
FIN
