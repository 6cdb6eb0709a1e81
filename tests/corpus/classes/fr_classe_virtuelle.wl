// written for the corpus
PROCÉDURE VIRTUELLE CExportCSV::Ecrit(sChemin est une chaîne) : booléen
nIdFic est un entier
stL est un STLigne

nIdFic = fCrée(sChemin)
SI nIdFic = -1 ALORS RENVOYER Faux
fEcritLigne(nIdFic, "Référence;Quantité;Prix")
POUR TOUT stL DE m_tabLignes
	fEcritLigne(nIdFic, stL.sRéférence + ";" + stL.nQuantité + ";" + stL.mPrixUnitaire)
FIN
fFerme(nIdFic)
RENVOYER Vrai
