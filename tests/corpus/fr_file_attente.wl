// written for the corpus
PROCÉDURE ParcoursEnLargeur(nIDRacine est un entier) : liste d'entiers
fATraiter est une file d'entiers
lVisités est une liste d'entiers
nCourant est un entier

Enfile(fATraiter, nIDRacine)
TANTQUE Défile(fATraiter, nCourant)
	ListeAjoute(lVisités, nCourant)
	POUR TOUT Lien AVEC IDParent = nCourant
		Enfile(fATraiter, Lien.IDEnfant)
	FIN
FIN
RENVOYER lVisités
