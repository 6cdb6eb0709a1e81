// written for the corpus
// Ancienne syntaxe de déclaration d'objet
PROCÉDURE AfficheFiche(nIDClient est un entier)
clFiche est un objet CClient
clFiche:Charge(nIDClient)
clFiche:Affiche()
