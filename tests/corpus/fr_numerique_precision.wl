// written for the corpus
PROCÉDURE CalculeIntérêts(mCapital est un monétaire, rTauxAnnuel est un réel, nMois est un entier) : monétaire
nTaux est un numérique (20,10)
mIntérêts est un monétaire

nTaux = rTauxAnnuel / 100 / 12
mIntérêts = mCapital * ((1 + nTaux) ^ nMois - 1)
RENVOYER Arrondi(mIntérêts, 2)
