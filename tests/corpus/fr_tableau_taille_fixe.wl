// written for the corpus
PROCÉDURE NomsDesMois() : tableau de chaînes
tabMois est un tableau de 12 chaînes
i est un entier
POUR i = 1 _A_ 12
	tabMois[i] = Majuscule(Gauche(EntierVersMoisEnLettre(i), 1)) + Milieu(EntierVersMoisEnLettre(i), 2)
FIN
RENVOYER tabMois
