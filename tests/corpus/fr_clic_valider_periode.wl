// written for the corpus
// Clic sur BTN_Filtrer
SI SAI_Du > SAI_Au ALORS
	Erreur("La date de début doit précéder la date de fin.")
	DonneFocus(SAI_Du)
	RETOUR
FIN
HFiltre(Facture, DateFacture, SAI_Du, SAI_Au)
SELON COMBO_Etat
	CAS 2 : HFiltre(Facture, "Etat = 'EMISE'")
	CAS 3 : HFiltre(Facture, "Etat = 'REGLEE'")
FIN
TableAffiche(TABLE_Factures, taInit)
LIB_Total = NumériqueVersChaîne(TableCalcule(TABLE_Factures, COL_Montant, tcSomme), "12.2f") + " €"
