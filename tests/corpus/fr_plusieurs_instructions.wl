// written for the corpus
PROCÉDURE Echange(x, y)
nTemp est un entier
nTemp = x; x = y; y = nTemp
