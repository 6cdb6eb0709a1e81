// written for the corpus
CDroits est une Combinaison
	Lecture
	Ecriture
	Suppression
	Administration
FIN

PROCÉDURE PeutSupprimer(cDroitsUtilisateur est un CDroits) : booléen
RENVOYER cDroitsUtilisateur[Suppression] OU cDroitsUtilisateur[Administration]
