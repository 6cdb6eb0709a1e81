// Les anciens tableaux dynamiques, en français : allouer un tableau dynamique.
t est un tableau dynamique
t = allouer un tableau dynamique de 4 entiers
Trace(t..Occurrence)
t[1] = 7
Trace(t)
tNoms est un tableau de chaînes
tNoms = allouer un tableau dynamique de 2 chaînes
tNoms[1] = "Zoé"
Trace(tNoms)
// Le nombre d'éléments peut être une expression.
nNb est un entier = 3
tCodes est un tableau dynamique
tCodes = allouer un tableau dynamique de nNb + 1 chaînes
Trace(tCodes..Occurrence)
