// written for the corpus
PROCÉDURE PlurielSimple(n est un entier, sMot est une chaîne) : chaîne
RENVOYER n + " " + sMot + (n > 1 ? "s" SINON "")
