// Les objets dynamiques en français : `dynamique`, `allouer`, `libérer`, `Null`.
cCompte est une Classe
	m_sTitulaire est une chaîne
	m_nSolde est un entier
FIN

PROCÉDURE cCompte::Constructeur(sTitulaire est une chaîne)
	:m_sTitulaire = sTitulaire
FIN

PROCÉDURE cCompte::Verser(n est un entier)
	:m_nSolde += n
	RENVOYER :m_nSolde
FIN

pCompte est un objet cCompte dynamique
SI pCompte = Null ALORS Trace("pas encore alloué")
pCompte = allouer un cCompte("Zoé")
Trace(pCompte:Verser(20))
pAutre est un cCompte dynamique = pCompte
pAutre:Verser(5)
Trace(pCompte:m_nSolde)
pCopie est un cCompte = pCompte    // une copie des membres
libérer pCompte
Trace(pCompte = Null, pCopie:m_sTitulaire, pCopie:m_nSolde)
QUAND EXCEPTION DANS
	pCompte:Verser(1)
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
