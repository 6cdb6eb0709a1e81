// written for the corpus
// Clic sur BTN_Imprimer
SI TABLE_Factures..Occurrence = 0 ALORS
	Info("Aucune facture à imprimer")
	RETOUR
FIN
iAperçu(i100)
iImprimeEtat(ETAT_Facture, TABLE_Factures.COL_IDFacture)
SI ErreurDétectée ALORS Erreur("Impression impossible", ErreurInfo())
