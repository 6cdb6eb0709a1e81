// written for the corpus
PROCÉDURE Signe(n est un entier) : chaîne
SI n > 0 ALORS RENVOYER "+" SINON RENVOYER "-"
