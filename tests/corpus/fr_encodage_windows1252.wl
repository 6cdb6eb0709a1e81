// written for the corpus (saved in Windows-1252 with CRLF line endings, as older WinDev exports are)
PROCÉDURE FormateCivilité(sCivilité est une chaîne, sNom est une chaîne, sPrénom est une chaîne) : chaîne
sRes est une chaîne

SELON Majuscule(sCivilité)
	CAS "M", "MR", "MONSIEUR" : sRes = "Monsieur"
	CAS "MME", "MADAME" : sRes = "Madame"
	AUTRE CAS : sRes = ""
FIN
// Prénom en minuscules avec initiale en majuscule, nom en majuscules
sRes += [" "] + Majuscule(Gauche(sPrénom, 1)) + Minuscule(Milieu(sPrénom, 2))
sRes += [" "] + Majuscule(sNom)
RENVOYER sRes
