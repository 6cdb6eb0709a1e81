// Un tableau fixe ne s'affecte pas en entier, ni vers un tableau ni depuis un tableau.
tabFixe est un tableau fixe de 3 entiers
tabDyn est un tableau d'entiers
tabDyn = tabFixe
tabCopie est un tableau d'entiers = tabFixe
Trace(tabCopie[1])
