// written for the corpus
PROCÉDURE CréneauxLibres(dJour est une Date, nDuréeMin est un entier = 30) : tableau de chaînes
tabCréneaux est un tableau de chaînes
hDébut est une Heure = "0830"
hFin est une Heure = "1800"
hCourant est une Heure
bLibre est un booléen

hCourant = hDébut
TANTQUE hCourant < hFin
	bLibre = Vrai
	POUR TOUT RendezVous AVEC DateRDV = dJour
		SI hCourant >= RendezVous.HeureDébut ET hCourant < RendezVous.HeureFin ALORS
			bLibre = Faux
			SORTIR
		FIN
	FIN
	// Pause déjeuner
	SI hCourant >= "1200" ET hCourant < "1330" ALORS bLibre = Faux
	SI bLibre ALORS TableauAjoute(tabCréneaux, HeureVersChaîne(hCourant, "HH:MM"))
	hCourant..Minute += nDuréeMin
FIN
RENVOYER tabCréneaux
