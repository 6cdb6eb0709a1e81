// written for the corpus
PROCÉDURE LibelléQuantité(n est un entier) : chaîne
RENVOYER (n = 0 ? "aucun article" SINON (n = 1 ? "un article" SINON n + " articles"))
