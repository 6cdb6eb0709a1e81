// written for the corpus
PROCÉDURE CouleurRVB(nCouleur est un entier)
nRouge est un entier = ETBinaire(nCouleur, 0xFF)
nVert est un entier = ETBinaire(DécaleDroite(nCouleur, 8), 0xFF)
nBleu est un entier = ETBinaire(DécaleDroite(nCouleur, 16), 0xFF)
RENVOYER ChaîneConstruit("#%1%2%3", NumériqueVersChaîne(nRouge, "02X"), NumériqueVersChaîne(nVert, "02X"), NumériqueVersChaîne(nBleu, "02X"))
