// L'héritage en français : `hérite de`, `Ancêtre:Méthode()`, `Constructeur cBase(…)`.
cForme est une Classe
	m_sNom est une chaîne
FIN

cCarré est une Classe
	hérite de cForme
	m_nCôté est un entier
FIN

PROCÉDURE cForme::Constructeur(sNom est une chaîne)
	:m_sNom = sNom
FIN

PROCÉDURE cForme::Aire()
	RENVOYER 0
FIN

PROCÉDURE cForme::Décrire()
	RENVOYER :m_sNom + " d'aire " + :Aire()
FIN

PROCÉDURE cCarré::Constructeur(nCôté est un entier)
	Constructeur cForme("carré")
	:m_nCôté = nCôté
FIN

PROCÉDURE cCarré::Aire()
	RENVOYER :m_nCôté * :m_nCôté + Ancêtre:Aire()
FIN

f est une cForme dynamique
f = allouer un cCarré(3)
Trace(f:Décrire())
f = nouveau cForme("point")
Trace(f:Décrire())
c est un objet cCarré(4)
Trace(c:Décrire())
