// written for the corpus
PROCÉDURE ChargeTousLesClients() : tableau de CClient dynamique
tabClients est un tableau de CClient dynamique
pclClient est un CClient dynamique

POUR TOUT Client SUR Nom
	pclClient = allouer un CClient(Client.IDClient)
	TableauAjoute(tabClients, pclClient)
FIN
RENVOYER tabClients
