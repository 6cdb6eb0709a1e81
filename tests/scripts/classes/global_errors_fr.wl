// Membres GLOBAUX et constantes d'une classe utilisés là où ils ne peuvent pas l'être.
cBase est une Classe
	m_n est un entier
PRIVÉE GLOBALE
	gnCaché est un entier
PRIVÉE
	CONSTANTE SECRET = 1
PUBLIQUE
	CONSTANTE LIMITE = 5
FIN
cDérivée est une Classe
	hérite de cBase
FIN
Trace(cBase::gnCaché)
Trace(cBase::m_n)
Trace(cBase::SECRET)
cBase::LIMITE = 2

PROCÉDURE GLOBALE cBase::Remet()
	m_n = 0
FIN

PROCÉDURE cDérivée::Regarde()
	RENVOYER gnCaché
FIN
