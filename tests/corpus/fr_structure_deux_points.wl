// written for the corpus
STAdresse est une Structure
	sRue est une chaîne
	sVille est une chaîne
FIN

PROCÉDURE AdresseClient(nIDClient est un entier) : STAdresse
stAdr est un STAdresse
HLitRecherchePremier(Client, IDClient, nIDClient)
SI HTrouve(Client) ALORS
	stAdr:sRue = Client.Adresse
	stAdr:sVille = Client.Ville
FIN
RENVOYER stAdr
