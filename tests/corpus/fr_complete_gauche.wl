// written for the corpus
PROCÉDURE CodeArticle(nFamille est un entier, nNuméro est un entier) : chaîne
sFamille est une chaîne = Complète(nFamille, 3, "0")
sNum est une chaîne = Droite("00000" + nNuméro, 5)
RENVOYER "ART" + sFamille + "-" + sNum
