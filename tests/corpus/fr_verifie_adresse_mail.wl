// written for the corpus
// Sortie de SAI_Email
SI MoiMême = "" ALORS RETOUR
SI PAS EmailVérifieAdresse(MoiMême) ALORS
	MoiMême..CouleurFond = RougeClair
	LIB_ErreurEmail..Visible = Vrai
	LIB_ErreurEmail = "Adresse email invalide"
SINON
	MoiMême..CouleurFond = iCouleurDéfaut
	LIB_ErreurEmail..Visible = Faux
FIN
