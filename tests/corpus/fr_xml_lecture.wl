// written for the corpus
PROCÉDURE LitFactureXML(sChemin est une chaîne)
xDoc est un xmlDocument
xLigne est un xmlNoeud

xDoc = XMLOuvre(sChemin, depuisFichier)
SI ErreurDétectée ALORS
	Erreur("Fichier XML invalide : " + ErreurInfo())
	RETOUR
FIN
LIB_Numéro = xDoc.Facture.Numéro
LIB_Date = xDoc.Facture.Date
POUR TOUT xLigne DE xDoc.Facture.Lignes
	TableAjouteLigne(TABLE_Lignes, xLigne.Référence, xLigne.Quantité, xLigne.Prix)
FIN
