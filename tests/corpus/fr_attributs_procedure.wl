// written for the corpus
PROCÉDURE PRIVÉE CalculeRemise(mMontant est un monétaire, nTauxPourcent est un entier <utile>) : monétaire
SI nTauxPourcent <= 0 ALORS RENVOYER 0
RENVOYER Arrondi(mMontant * nTauxPourcent / 100, 2)
