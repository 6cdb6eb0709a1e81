// written for the corpus
PROCÉDURE NettoieLibellé(sLibellé est une chaîne) : chaîne
sRes est une chaîne = SansEspace(sLibellé, sscDébut + sscFin)

// Supprime les doubles espaces
TANTQUE Position(sRes, "  ") > 0
	sRes = Remplace(sRes, "  ", " ")
FIN
// Supprime les caractères de contrôle
sRes = Remplace(sRes, TAB, " ")
sRes = Remplace(sRes, RC, " ")
sRes = Remplace(sRes, Caract(160), " ")
RENVOYER sRes
