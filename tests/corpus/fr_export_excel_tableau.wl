// written for the corpus
// Clic sur BTN_ExportExcel
sFichier est une chaîne

sFichier = fSélecteur("", "Clients_" + DateSys() + ".xlsx", "Exporter vers Excel", "Classeur Excel (*.xlsx)" + TAB + "*.xlsx", "xlsx", fselCrée + fselEcrase)
SI sFichier = "" ALORS RETOUR

SablierAffiche(Vrai)
TableVersExcel(TABLE_Clients, sFichier, taTout)
SablierAffiche(Faux)
SI ErreurDétectée ALORS
	Erreur("Export impossible", ErreurInfo())
SINON SI OuiNon("Fichier créé. Voulez-vous l'ouvrir ?") = Oui ALORS
	LanceAppliAssociée(sFichier)
FIN
