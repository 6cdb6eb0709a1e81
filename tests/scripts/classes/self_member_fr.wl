// Un membre dynamique du type de sa propre classe (une chaîne de nœuds).
cNœud est une Classe
	m_nValeur est un entier
	m_pSuivant est un cNœud dynamique
FIN

pPremier est un cNœud dynamique = allouer un cNœud(1)
pPremier.m_pSuivant = allouer un cNœud(2)
pPremier.m_pSuivant.m_pSuivant = allouer un cNœud(3)
Trace(pPremier.m_pSuivant:Décris())
Trace(pPremier.Somme())

PROCÉDURE cNœud::Constructeur(n est un entier)
	m_nValeur = n
FIN

PROCÉDURE cNœud::Décris()
	RENVOYER "nœud " + m_nValeur
FIN

PROCÉDURE cNœud::Somme()
	SI m_pSuivant = Null ALORS RENVOYER m_nValeur
	RENVOYER m_nValeur + m_pSuivant.Somme()
FIN
