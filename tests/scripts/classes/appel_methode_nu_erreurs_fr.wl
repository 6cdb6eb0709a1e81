// Des méthodes appelées par leur seul nom là où elles ne peuvent pas l'être : chacune est
// signalée avant toute exécution.
cBase est une Classe
	m_n est un entier
FIN

cDérivée est une Classe
	hérite de cBase
FIN

PROCÉDURE cBase::Décrire()
	RENVOYER m_n
FIN

PROCÉDURE PRIVÉE cBase::Secret()
	RENVOYER 1
FIN

PROCÉDURE GLOBALE cBase::Fabriquer()
	RENVOYER Décrire()                  // une méthode GLOBALE n'a pas d'objet
FIN

PROCÉDURE cDérivée::Voir()
	RENVOYER Secret()                   // privée pour cBase, pas pour ses classes dérivées
FIN
