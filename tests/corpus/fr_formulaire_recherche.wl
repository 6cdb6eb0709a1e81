// written for the corpus
// Clic sur BTN_Rechercher
sCondition est une chaîne
sSQL est une chaîne

SI SAI_Nom <> "" ALORS sCondition += [" AND "] + "Nom LIKE '" + Remplace(SAI_Nom, "'", "''") + "%'"
SI SAI_Ville <> "" ALORS sCondition += [" AND "] + "Ville = '" + Remplace(SAI_Ville, "'", "''") + "'"
SI SAI_DateDébut <> "" ALORS sCondition += [" AND "] + "DateCréation >= '" + SAI_DateDébut + "'"
SI INT_ClientsActifs = Vrai ALORS sCondition += [" AND "] + "Actif = 1"

sSQL = "SELECT IDClient, Nom, Ville, Email FROM Client"
SI sCondition <> "" ALORS sSQL += " WHERE " + sCondition
sSQL += " ORDER BY Nom"

SI PAS HExécuteRequêteSQL(REQ_Recherche, hRequêteDéfaut, sSQL) ALORS
	Erreur("Recherche impossible", HErreurInfo())
	RETOUR
FIN
TableAffiche(TABLE_Résultats, taInit)
LIB_Compteur = TABLE_Résultats..Occurrence + " client(s) trouvé(s)"
