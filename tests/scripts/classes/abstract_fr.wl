// Les méthodes ABSTRAITES : les classes dérivées en donnent le code.
cForme est une Classe
	m_sNom est une chaîne = "forme"
FIN
cCarré est une Classe
	hérite de cForme
	m_nCôté est un entier = 3
FIN
cRectangle est une Classe
	hérite de cForme
	m_nLargeur est un entier = 2
	m_nHauteur est un entier = 5
FIN

formes est un tableau de cForme dynamique
Ajoute(formes, allouer un cCarré)
Ajoute(formes, allouer un cRectangle)
POUR TOUT f DE formes
	Trace(f.Décris())
FIN

PROCÉDURE ABSTRAITE cForme::Surface()

PROCÉDURE cForme::Décris()
	RENVOYER m_sNom + " : " + :Surface()

PROCÉDURE cCarré::Surface()
	RENVOYER m_nCôté * m_nCôté

PROCÉDURE cRectangle::Surface()
	RENVOYER m_nLargeur * m_nHauteur
