// Les mêmes déclarations, en français : articles, pluriels, d', sections.
LOCALE
sNom est une chaîne = "Zoé"
nCompte est un entier = 3
a, b sont des entiers
tabNoms est un tableau de chaînes = ["Anne", "Bruno"]
tabGrille est un tableau de 3 entiers
taAges est un tableau associatif d'entiers
tabAncien est un tableau dynamique
rTaux est un réel
bOK est un booléen = Vrai

STAdresse est une Structure
	sVille est une chaîne
	nCP est un entier
FIN
stMaison est un STAdresse
stMaison.sVille = "Lyon"
stMaison:nCP = 69000
a = 1 ; b = 2
taAges["Anne"] = 42
Trace(sNom, nCompte, a + b, tabNoms[2], tabGrille.Occurrence, taAges["Anne"], tabAncien.Occurrence)
Trace(stMaison.sVille, stMaison.nCP, rTaux)
// Le pluriel « tableaux » comme type des éléments ; `_À_` comme `_A_` dans POUR.
taParJour est un tableau associatif de tableaux d'entiers
tJour est un tableau d'entiers = [1, 2]
taParJour["lundi"] = tJour
nSomme est un entier
POUR i = 1 _À_ 3
	nSomme += i
FIN
Trace(taParJour["lundi"][2], nSomme)
