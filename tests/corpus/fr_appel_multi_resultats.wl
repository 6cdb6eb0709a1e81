// written for the corpus
// Clic sur BTN_Calculer
tabMesures est un tableau d'entiers = [12, 5, 48, 7, 33]
nPlusPetit, nPlusGrand sont des entiers

(nPlusPetit, nPlusGrand) = MinMax(tabMesures)
LIB_Résultat = "De " + nPlusPetit + " à " + nPlusGrand
