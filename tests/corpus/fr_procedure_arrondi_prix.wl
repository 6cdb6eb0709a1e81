// written for the corpus
// Résumé : arrondit un prix psychologique (x,99)
PROCÉDURE PrixPsychologique(mPrix est un monétaire) : monétaire
mArrondi est un monétaire
SI mPrix <= 0 ALORS RENVOYER 0
mArrondi = PartieEntière(mPrix) + 0.99
SI mArrondi - mPrix > 0.5 ALORS mArrondi -= 1
RENVOYER Max(mArrondi, 0.99)
