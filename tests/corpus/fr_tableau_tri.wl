// written for the corpus
PROCÉDURE TrieNoms()
tabNoms est un tableau de chaînes
sNom est une chaîne

TableauAjoute(tabNoms, "Martin")
TableauAjoute(tabNoms, "Dupont")
TableauAjoute(tabNoms, "Bernard")
TableauTrie(tabNoms, ttCroissant)

POUR TOUT sNom DE tabNoms
	Trace(sNom)
FIN

POUR i = 1 _A_ TableauOccurrence(tabNoms)
	Trace(i, tabNoms[i])
FIN
