// written for the corpus
// Entrée dans SAI_Quantité
SI MoiMême = 0 ALORS
	MoiMême = 1
FIN
MoiMême..CouleurFond = JauneClair
LIB_Aide = "Saisissez une quantité entre 1 et " + gnQuantitéMax
