// written for the corpus
PROCÉDURE ImporteFichierClient(sFichier est une chaîne) : entier
nLignes est un entier

QUAND EXCEPTION
	Erreur("Import interrompu : " + ExceptionInfo(errMessage))
	RENVOYER -1
FIN

nLignes = ImporteCSV(sFichier)
RENVOYER nLignes
