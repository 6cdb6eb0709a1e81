// Max et Min comparent des valeurs seules ; avec un tableau, wl s'arrête sur une erreur
// plutôt que de répondre par le tableau lui-même.
Trace(Max(3, 9, 4), Min(3, 9, 4))
Trace(Max("b", "a"), Min(2.5, 1))
tab est un tableau d'entiers = [3, 9, 4]
Trace(Max(tab))
