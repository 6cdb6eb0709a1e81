// written for the corpus
PROCÉDURE CAParMois(nAnnée est un entier)
REQ_CAMois est une Source de Données
sSQL est une chaîne

sSQL = "SELECT MONTH(DateCommande) AS Mois, SUM(MontantTTC) AS CA FROM Commande " + ...
	"WHERE YEAR(DateCommande) = " + nAnnée + " GROUP BY MONTH(DateCommande)"
SI PAS HExécuteRequêteSQL(REQ_CAMois, hRequêteDéfaut, sSQL) ALORS
	Erreur(HErreurInfo())
	RETOUR
FIN
grSupprimeTout(GR_CA)
POUR TOUT REQ_CAMois
	grAjouteDonnée(GR_CA, 1, REQ_CAMois.CA)
	grEtiquetteCatégorie(GR_CA, REQ_CAMois.Mois, EntierVersMoisEnLettre(REQ_CAMois.Mois))
FIN
grDessine(GR_CA)
