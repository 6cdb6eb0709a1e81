// written for the corpus
PROCÉDURE CalculeCRC(bufDonnées est un Buffer) : entier sans signe sur 4 octets
nCRC est un entier sans signe sur 4 octets = 0xFFFFFFFF
i est un entier
POUR i = 1 _A_ Taille(bufDonnées)
	nCRC = OUExclusifBinaire(nCRC, Asc(bufDonnées[[i]]))
FIN
RENVOYER nCRC
