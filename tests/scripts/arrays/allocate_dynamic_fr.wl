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
