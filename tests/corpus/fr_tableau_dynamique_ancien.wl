// written for the corpus
// Ancienne syntaxe (tableaux dynamiques alloués)
PROCÉDURE ChargeCodes()
tabCodes est un tableau dynamique
nNb est un entier

nNb = HNbEnr(CodePostal)
tabCodes = allouer un tableau dynamique de nNb chaînes
i est un entier = 1
POUR TOUT CodePostal
	tabCodes[i] = CodePostal.Code
	i++
FIN
RENVOYER tabCodes
