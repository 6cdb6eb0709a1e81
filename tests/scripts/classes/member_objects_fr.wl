// Les membres qui sont des objets sont construits avec leur propriétaire ; un tableau de
// N objets contient N objets, chacun construit.
cMoteur est une Classe
	m_nPuissance est un entier
FIN
cVoiture est une Classe
	m_oMoteur est un cMoteur
FIN

v est un cVoiture
v.m_oMoteur.Pousse()
Trace(v.m_oMoteur.m_nPuissance)
moteurs est un tableau de 2 cMoteur
moteurs[2].Pousse()
Trace(moteurs[1].m_nPuissance, moteurs[2].m_nPuissance)

PROCÉDURE cMoteur::Constructeur()
	m_nPuissance = 100
	Trace("moteur construit")
FIN

PROCÉDURE cMoteur::Pousse()
	m_nPuissance += 10
FIN

PROCÉDURE cVoiture::Constructeur()
	Trace("voiture construite avec", m_oMoteur.m_nPuissance)
FIN
