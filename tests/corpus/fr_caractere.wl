// written for the corpus
PROCÉDURE InitialeMajuscule(sMot est une chaîne) : chaîne
cPremière est un caractère
SI sMot = "" ALORS RENVOYER ""
cPremière = Majuscule(sMot[[1]])
RENVOYER cPremière + Milieu(sMot, 2)
