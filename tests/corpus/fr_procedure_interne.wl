// written for the corpus
PROCÉDURE TrieClientsParVille(tabClients est un tableau de STClient)

	PROCÉDURE INTERNE CompareVille(c1 est un STClient, c2 est un STClient) : entier
		SI c1.sVille < c2.sVille ALORS RENVOYER -1
		SI c1.sVille > c2.sVille ALORS RENVOYER 1
		RENVOYER 0
	FIN

TableauTrie(tabClients, ttFonction, CompareVille)
