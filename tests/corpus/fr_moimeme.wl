// written for the corpus
// Sortie de SAI_CodePostal
SI MoiMême <> "" ET Taille(MoiMême) <> 5 ALORS
	MoiMême..CouleurFond = RougeClair
	MoiMême..Bulle = "Le code postal doit contenir 5 chiffres"
SINON
	MoiMême..CouleurFond = Blanc
FIN
