// Une procédure dans une variable (`p est une procédure`), mots-clés français.
PROCÉDURE Triple(n)
	RENVOYER n * 3
FIN

PROCÉDURE Appliquer(f est une procédure, x)
	RENVOYER f(x)
FIN

PROCÉDURE Ajoute(n)
	n += 10
FIN

// Le tri d'un tableau avec une procédure interne (page `<Tableau>.Trie` de PC SOFT).
PROCÉDURE TrieParLongueur(t est un tableau de chaînes)
	nAppels est un entier
	PROCÉDURE INTERNE Compare(a, b)
		nAppels++
		SI Taille(a) < Taille(b) ALORS RENVOYER -1
		SI Taille(a) > Taille(b) ALORS RENVOYER 1
		RENVOYER 0
	FIN
	TableauTrie(t, ttFonction, Compare)
	RENVOYER nAppels > 0
FIN

p est une procédure
SI p = Null ALORS Trace("vide")
p = Triple
Trace(p(14))
Trace(Appliquer(p, 5))
SI p = Triple ALORS Trace("c'est Triple")
n est un entier = 5
q est une procédure = Ajoute
q(n)
Trace(n)
tMots est un tableau de chaînes = ["ccc", "a", "bb", "dddd", "e"]
Trace(TrieParLongueur(tMots))
Trace(tMots)
