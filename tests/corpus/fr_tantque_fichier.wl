// written for the corpus
PROCÉDURE ImporteCSV(sFichier est une chaîne) : entier
nIdFic est un entier
sLigne est une chaîne
nLignes est un entier

nIdFic = fOuvre(sFichier, foLecture)
SI nIdFic = -1 ALORS
	Erreur("Impossible d'ouvrir " + sFichier, ErreurInfo())
	RENVOYER -1
FIN

sLigne = fLitLigne(nIdFic)
TANTQUE sLigne <> EOT
	nLignes++
	SI nLignes > 1 ALORS // on saute l'en-tête
		Produit.Référence = ExtraitChaîne(sLigne, 1, ";")
		Produit.Libellé = ExtraitChaîne(sLigne, 2, ";")
		Produit.PrixHT = Val(ExtraitChaîne(sLigne, 3, ";"))
		HAjoute(Produit)
	FIN
	sLigne = fLitLigne(nIdFic)
FIN
fFerme(nIdFic)

RENVOYER nLignes - 1
