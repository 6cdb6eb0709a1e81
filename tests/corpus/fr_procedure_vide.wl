// written for the corpus
PROCÉDURE RéservéPourUsageFutur()
// Rien à faire pour le moment
