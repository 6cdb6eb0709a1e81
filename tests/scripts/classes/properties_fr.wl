// Les propriétés : `o.Nom` exécute la procédure de récupération, `o.Nom = v` celle
// d'affectation. Écrites `PROCÉDURE PROPRIÉTÉ C::Nom()` / `PROCÉDURE PROPRIÉTÉ C::Nom(Valeur)`.
cPersonne est une Classe
PRIVÉE
	m_sNom est une chaîne
	m_nÂge est un entier
FIN
cEnfant est une Classe
	hérite de cPersonne
FIN

p est un cPersonne
p.Nom = "anne"
p.Âge = 7
p.Âge += 3
p.Âge++
Trace(p.Nom, p.Âge, p.Libellé)
e est un cEnfant
e:Nom = "benoît"
Trace(e.Libellé, e.Âge)
qui est un cPersonne dynamique = e
Trace(qui.Libellé)

PROCÉDURE PROPRIÉTÉ cPersonne::Nom()
	RENVOYER m_sNom
FIN

PROCÉDURE PROPRIÉTÉ cPersonne::Nom(Valeur)
	m_sNom = Majuscule(Valeur)
FIN

PROCÉDURE PUBLIQUE PROPRIÉTÉ cPersonne::Âge()
	RENVOYER m_nÂge
FIN

PROCÉDURE PUBLIQUE PROPRIÉTÉ cPersonne::Âge(n est un entier)
	SI n >= 0 ALORS m_nÂge = n
FIN

PROCÉDURE PROPRIÉTÉ cPersonne::Libellé()
	RENVOYER :Nom + " (" + :Âge + ")"
FIN

PROCÉDURE PROPRIÉTÉ cEnfant::Libellé()
	Âge = 4
	RENVOYER "enfant " + Nom + " " + Âge
FIN
