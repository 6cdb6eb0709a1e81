// written for the corpus
// Fermeture de FEN_Saisie
SI MaFenêtre..Modifiée = Vrai ALORS
	SELON Dialogue("Des modifications n'ont pas été enregistrées." + RC + "Voulez-vous les enregistrer ?", ["Enregistrer", "Ne pas enregistrer", "Annuler"], 1, 3, dlgIconeQuestion)
		CAS 1
			ExécuteTraitement(BTN_Enregistrer, trtClic)
		CAS 2
			// on ferme sans enregistrer
		CAS 3
			RETOUR
	FIN
FIN
