// written for the corpus
PROCÉDURE MeilleursClients(nNb est un entier = 10) : tableau de STClientCA
tabRes est un tableau de STClientCA
stC est un STClientCA

POUR TOUT Client
	stC.nIDClient = Client.IDClient
	stC.sNom = Client.Nom
	stC.mCA = TotalCommandes(Client.IDClient)
	TableauAjoute(tabRes, stC)
FIN
TableauTrie(tabRes, ttMembre + ttDécroissant, "mCA")
SI TableauOccurrence(tabRes) > nNb ALORS TableauSupprimeLigne(tabRes, nNb + 1, TableauOccurrence(tabRes) - nNb)
RENVOYER tabRes
