// Un paramètre est passé par référence : ce que la procédure écrit atteint le membre de
// structure, l'élément de tableau ou le membre d'objet donné en argument.
STRUCTURE STCompteurs
	nNombre est un entier
END
cCompte est une Classe
	m_nSolde est un entier
FIN
stCompteurs est un STCompteurs
Incrémente(stCompteurs.nNombre)
Incrémente(stCompteurs.nNombre)
Trace(stCompteurs.nNombre)
tabNotes est un tableau d'entiers = [10, 20, 30]
Incrémente(tabNotes[3])
Trace(tabNotes[3])
oCompte est un cCompte
Incrémente(oCompte.m_nSolde)
Trace(oCompte.m_nSolde)

PROCÉDURE Incrémente(n)
	n++
