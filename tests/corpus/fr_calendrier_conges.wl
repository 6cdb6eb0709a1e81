// written for the corpus
PROCÉDURE JoursDeCongés(nIDSalarié est un entier, nAnnée est un entier) : réel
rTotal est un réel
dDébut, dFin sont des Dates
dJour est une Date

POUR TOUT Congé AVEC IDSalarié = nIDSalarié
	dDébut = Congé.DateDébut
	dFin = Congé.DateFin
	SI dDébut..Année <> nAnnée ET dFin..Année <> nAnnée ALORS CONTINUER

	dJour = dDébut
	TANTQUE dJour <= dFin
		SI dJour..Année = nAnnée ET DateVersJour(dJour) <= 5 ET PAS EstFérié(dJour) ALORS
			SI (dJour = dDébut ET Congé.DébutApresMidi) OU (dJour = dFin ET Congé.FinMatin) ALORS
				rTotal += 0.5
			SINON
				rTotal += 1
			FIN
		FIN
		dJour..Jour++
	FIN
FIN
RENVOYER rTotal
