// written for the corpus
STAdresse est une Structure
	sRue est une chaîne
	sCodePostal est une chaîne
	sVille est une chaîne
FIN

PROCÉDURE FormateAdresse(stAdr est un STAdresse) : chaîne
RENVOYER stAdr.sRue + RC + stAdr.sCodePostal + " " + Majuscule(stAdr.sVille)
