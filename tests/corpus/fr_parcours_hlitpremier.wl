// written for the corpus
PROCÉDURE TotalCommandes(nIDClient est un entier)
mTotal est un monétaire = 0

HFiltre(Commande, IDClient, nIDClient)
HLitPremier(Commande, IDClient)
TANTQUE PAS HEnDehors(Commande)
	SI Commande.Etat <> "ANNULEE" ALORS
		mTotal += Commande.MontantTTC
	FIN
	HLitSuivant(Commande, IDClient)
FIN
HDésactiveFiltre(Commande)

RENVOYER mTotal
