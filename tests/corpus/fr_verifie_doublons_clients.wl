// written for the corpus
PROCÉDURE DoublonsPotentiels() : tableau de chaînes
tabRes est un tableau de chaînes
taVus est un tableau associatif d'entiers
sClé est une chaîne

POUR TOUT Client SUR Nom
	sClé = Majuscule(SansEspace(Client.Nom)) + "|" + Gauche(Client.CodePostal, 2)
	SI taVus[sClé]..Existe ALORS
		TableauAjoute(tabRes, ChaîneConstruit("%1 (%2) ressemble au client n°%3", Client.Nom, Client.Ville, taVus[sClé]))
	SINON
		taVus[sClé] = Client.IDClient
	FIN
FIN
RENVOYER tabRes
