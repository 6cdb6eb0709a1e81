// written for the corpus
// Clic sur BTN_Archiver
sArchive est une chaîne = fRepDonnées() + ["\"] + "Archives"
fRepCrée(sArchive)
fCopieFichier(fRepDonnées() + "\*.fic", sArchive)
HCréationSiInexistant(Archive)
ToastAffiche("Archivage terminé")

CAS ERREUR:
	Erreur("Archivage impossible", ErreurInfo(errMessage))
