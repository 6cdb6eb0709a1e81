// written for the corpus
PROCÉDURE VentileTVA(tabLignes est un tableau de STLigneFacture)
taTotaux est un tableau associatif de monétaires
stL est un STLigneFacture
rTaux est un réel
mBase est un monétaire

POUR TOUT stL DE tabLignes
	taTotaux[stL.rTauxTVA] += stL.mMontantHT
FIN

POUR TOUT mBase, rTaux DE taTotaux
	TableAjouteLigne(TABLE_TVA, rTaux + " %", mBase, Arrondi(mBase * rTaux / 100, 2))
FIN
