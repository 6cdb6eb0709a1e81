// written for the corpus
PROCÉDURE GLOBALE CConfiguration::Instance() : CConfiguration dynamique
SI CConfiguration::m_pclInstance = Null ALORS
	CConfiguration::m_pclInstance = allouer un CConfiguration()
	CConfiguration::m_pclInstance:Charge()
FIN
RENVOYER CConfiguration::m_pclInstance
