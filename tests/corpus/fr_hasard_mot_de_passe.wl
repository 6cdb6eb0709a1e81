// written for the corpus
PROCÉDURE GénèreMotDePasse(nLongueur est un entier = 12) : chaîne
CONSTANTE CARACTÈRES = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!?#"
sMotDePasse est une chaîne
i est un entier

InitHasard()
POUR i = 1 _A_ nLongueur
	sMotDePasse += CARACTÈRES[[Hasard(1, Taille(CARACTÈRES))]]
FIN
RENVOYER sMotDePasse
