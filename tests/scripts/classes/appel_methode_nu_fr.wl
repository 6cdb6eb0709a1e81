// Dans une méthode, une autre méthode du même objet s'appelle par son seul nom :
// `Décrire()` vaut `:Décrire()`, et la classe de l'objet choisit la version exécutée.
cForme est une Classe
	m_sNom est une chaîne
GLOBALE
	gnDécrites est un entier
FIN

cCarré est une Classe
	hérite de cForme
	m_nCôté est un entier
FIN

PROCÉDURE cForme::Constructeur(sNom est une chaîne)
	m_sNom = sNom
FIN

PROCÉDURE cForme::Aire()
	RENVOYER 0
FIN

PROCÉDURE PRIVÉE cForme::Étiquette()
	RENVOYER Majuscule(m_sNom)
FIN

PROCÉDURE cForme::Décrire()
	Compter()                                    // une méthode GLOBALE, par son seul nom
	RENVOYER Étiquette() + " d'aire " + Aire()   // l'Aire() de l'objet
FIN

PROCÉDURE GLOBALE cForme::Compter()
	gnDécrites++
FIN

PROCÉDURE cCarré::Constructeur(nCôté est un entier)
	Constructeur cForme("carré")
	m_nCôté = nCôté
FIN

PROCÉDURE cCarré::Aire()
	RENVOYER m_nCôté * m_nCôté
FIN

PROCÉDURE cCarré::Deux()
	RENVOYER Décrire() + " / " + Décrire()
FIN

f est une cForme dynamique
f = allouer un cCarré(3)
Trace(f:Décrire())                               // CARRÉ d'aire 9
c est un objet cCarré(2)
Trace(c:Deux())
Trace(cForme::gnDécrites)
