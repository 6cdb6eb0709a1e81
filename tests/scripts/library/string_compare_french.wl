// ChaîneCompare, with the example of PC SOFT's page 3024011.
MaChaîne1 est une chaîne = "Le développement facile"
MaChaîne2 est une chaîne = "Le développement simple"
RésultatCompare est un entier = ChaîneCompare(MaChaîne1, MaChaîne2)
// RésultatCompare = -1 : le caractère 'f' est inférieur au caractère 's'
Trace(RésultatCompare)
Trace(ChaîneCompare(MaChaîne2, MaChaîne1), ChaîneCompare(MaChaîne1, MaChaîne1))
// ccNormal, l'option par défaut : comme l'opérateur '='
Trace(ChaîneCompare("abc", "abd", ccNormal))
