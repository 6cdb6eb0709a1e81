// written for the corpus
PROCÉDURE ConvertitTaille(nOctets est un entier sur 8 octets) : chaîne
nKo est un entier sur 8 octets
nMo est un entier sans signe sur 4 octets
rGo est un réel sur 4 octets

nKo = nOctets / 1024
nMo = nKo / 1024
rGo = nMo / 1024.0

SI rGo >= 1 ALORS
	RENVOYER NumériqueVersChaîne(rGo, ".2f") + " Go"
SINON SI nMo >= 1 ALORS
	RENVOYER nMo + " Mo"
SINON
	RENVOYER nKo + " Ko"
FIN
