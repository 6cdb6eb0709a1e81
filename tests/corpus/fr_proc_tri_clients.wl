// written for the corpus
// Procédure globale : trie une liste de clients selon un critère choisi par l'utilisateur
PROCÉDURE TrieClients(tClients est un tableau de STClient, LOCAL nCritère est un entier = 1) : booléen
	SI tClients..Occurrence < 2 ALORS RENVOYER Vrai

	pComparaison est une procédure
	SELON nCritère
		CAS 1 : pComparaison = CompareNom
		CAS 2 : pComparaison = CompareVille
		CAS 3 : pComparaison = CompareChiffreAffaires
		AUTRE CAS
			RENVOYER Faux
	FIN
	SI pComparaison = Null ALORS RENVOYER Faux

	TableauTrie(tClients, ttFonction, pComparaison)
	RENVOYER Vrai
FIN

PROCÉDURE CompareNom(c1 est un STClient, c2 est un STClient)
	SI Majuscule(c1.sNom) < Majuscule(c2.sNom) ALORS RENVOYER -1
	SI Majuscule(c1.sNom) > Majuscule(c2.sNom) ALORS RENVOYER 1
	RENVOYER 0
FIN

PROCÉDURE CompareVille(c1, c2)
	SI c1.sVille = c2.sVille ALORS RENVOYER CompareNom(c1, c2)
	RENVOYER (c1.sVille < c2.sVille ? -1 SINON 1)
FIN

PROCÉDURE CompareChiffreAffaires(c1, c2)
	// Du plus gros client au plus petit
	SI c1.mCA > c2.mCA ALORS
		RENVOYER -1
	SINON SI c1.mCA < c2.mCA ALORS
		RENVOYER 1
	FIN
	RENVOYER 0
FIN
