// written for the corpus
PROCÉDURE TrieContacts(tabContacts est un tableau de STContact, bParVille est un booléen = Faux)
SI bParVille ALORS
	TableauTrie(tabContacts, ttMembre, "+sVille;+sNom")
SINON
	TableauTrie(tabContacts, ttMembre, "+sNom")
FIN
