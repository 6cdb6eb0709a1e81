// written for the corpus
PROCÉDURE ExtensionVersType(sFichier est une chaîne)
sExt est une chaîne = Minuscule(fExtraitChemin(sFichier, fExtension))

SELON sExt
	CAS ".jpg", ".jpeg", ".png", ".gif"
		RENVOYER "image"
	CAS ".pdf"
		RENVOYER "document"
	CAS ".doc", ".docx", ".odt"
		RENVOYER "texte"
	AUTRE CAS
		RENVOYER "autre"
FIN
