// written for the corpus
PROCÉDURE EnvoieSurFTP(sFichierLocal est une chaîne) : booléen
nConnexion est un entier

nConnexion = FTPConnecte("ftp.exemple.fr", "depot", gsMotDePasseFTP)
SI nConnexion = -1 ALORS
	Erreur("Connexion FTP impossible", ErreurInfo())
	RENVOYER Faux
FIN
SI PAS FTPEnvoie(nConnexion, sFichierLocal, "/entrant") ALORS
	Erreur("Envoi impossible", ErreurInfo())
	FTPDéconnecte(nConnexion)
	RENVOYER Faux
FIN
FTPDéconnecte(nConnexion)
RENVOYER Vrai
