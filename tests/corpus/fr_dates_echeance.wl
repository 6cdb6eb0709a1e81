// written for the corpus
PROCÉDURE CalculeEchéance(dFacture est une Date, nDélaiJours est un entier = 30, bFinDeMois est un booléen = Faux)
dEchéance est une Date

dEchéance = DateVersEntier(dFacture) + nDélaiJours
dEchéance = EntierVersDate(dEchéance)
SI bFinDeMois ALORS
	dEchéance = DernierJourDuMois(dEchéance)
FIN
// Jamais un dimanche
SI DateVersJour(dEchéance) = 7 ALORS dEchéance..Jour++
RENVOYER dEchéance
