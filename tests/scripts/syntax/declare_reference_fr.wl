// `x est un T <- valeur` : déclarée, puis affectée par référence.
CPoint est une Classe
	x est un entier
FIN
pOrigine est un CPoint
pOrigine.x = 3
pMême est un CPoint <- pOrigine
pMême.x = 5
Trace(pOrigine.x)
