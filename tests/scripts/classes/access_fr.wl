// PRIVÉE : les méthodes de la classe seule ; PROTÉGÉE : la classe et ses descendantes.
cBase est une Classe
PROTÉGÉE
	m_nPartagé est un entier = 1
PRIVÉE
	m_nPropre est un entier = 2
FIN
cDérivée est une Classe
	hérite de cBase
FIN
d est un cDérivée
d:Montre()
Trace(d:m_nPartagé)

PROCÉDURE cBase::Les2()
	Trace(:m_nPartagé, :m_nPropre)
FIN

PROCÉDURE cDérivée::Montre()
	Trace(:m_nPartagé)
	Trace(:m_nPropre)
FIN
