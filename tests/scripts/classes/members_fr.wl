// Les membres nommés sans `:` dans une méthode. Une variable locale ou un paramètre du
// même nom masque le membre ; `:m_x` désigne toujours le membre.
cCompte est une Classe
	m_sTitulaire est une chaîne
	m_nSolde est un entier = 10
FIN
cÉpargne est une Classe
	hérite de cCompte
	m_nTaux est un entier = 2
FIN

a est un cCompte("Anne")
a.Dépose(5)
Trace(a.Décris())
a.Renomme("Benoît")
Trace(a.m_sTitulaire)
e est un cÉpargne("Sophie")
e.Fait_fructifier()
Trace(e.Décris(), e.m_nSolde)

PROCÉDURE cCompte::Constructeur(sTitulaire est une chaîne)
	m_sTitulaire = sTitulaire
FIN

PROCÉDURE cCompte::Dépose(n est un entier)
	m_nSolde += n
	SI m_nSolde > 12 ALORS Trace("plus de 12 :", m_nSolde)
FIN

PROCÉDURE cCompte::Décris()
	RENVOYER m_sTitulaire + " a " + m_nSolde
FIN

PROCÉDURE cCompte::Renomme(m_sTitulaire est une chaîne)
	:m_sTitulaire = m_sTitulaire + " ?"
	m_nSolde est un entier = 99
	Trace(m_nSolde, :m_nSolde)
FIN

PROCÉDURE cÉpargne::Constructeur(sTitulaire est une chaîne)
	Constructeur cCompte(sTitulaire)
	m_nTaux++
FIN

PROCÉDURE cÉpargne::Fait_fructifier()
	m_nSolde = m_nSolde * m_nTaux
FIN
