// written for the corpus
// Calcul d'un planning de tournées : répartit les visites sur les jours ouvrés
PROCÉDURE CalculePlanning(dDépart est une Date, tVisites est un tableau de STVisite, nParJour est un entier = 5)
	tPlanning est un tableau associatif de tableaux de STVisite
	dJour est une Date = dDépart
	nDansLeJour est un entier

	PROCÉDURE INTERNE JourSuivant()
		BOUCLE
			dJour..Jour++
		FAIRE TANTQUE DateVersJourEnSemaine(dJour) >= 6
		nDansLeJour = 0
	FIN

	SI DateVersJourEnSemaine(dJour) >= 6 ALORS JourSuivant()

	POUR TOUT ÉLÉMENT v DE tVisites
		SI nDansLeJour = nParJour ALORS JourSuivant()
		sClé est une chaîne = DateVersChaîne(dJour)
		SI PAS tPlanning[sClé]..Vide ALORS
			TableauAjoute(tPlanning[sClé], v)
		SINON
			tJour est un tableau de STVisite
			TableauAjoute(tJour, v)
			tPlanning[sClé] = tJour
		FIN
		nDansLeJour++
	FIN

	POUR TOUT tJour, sClé DE tPlanning
		Trace(sClé + " : " + tJour..Occurrence + " visite(s)")
	FIN
	RENVOYER tPlanning
FIN
