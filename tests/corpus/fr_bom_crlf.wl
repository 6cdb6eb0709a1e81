// written for the corpus (UTF-8 with a byte order mark and CRLF line endings)
PROCÉDURE DélaiRestant(dEchéance est une Date) : chaîne
nJours est un entier = DateDifférence(DateDuJour(), dEchéance)
SI nJours < 0 ALORS RENVOYER "Echue depuis " + (-nJours) + " jour(s)"
SI nJours = 0 ALORS RENVOYER "Echéance aujourd'hui"
RENVOYER "Encore " + nJours + " jour(s)"
