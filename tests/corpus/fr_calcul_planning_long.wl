// Résumé : calcule le planning de livraison des commandes validées
// Syntaxe :
//[ <Résultat> = ] CalculePlanning (<dDébut> est date [, <nCapacitéJour> est entier])
//
// Paramètres :
//	dDébut (date) : premier jour du planning
//	nCapacitéJour (entier - valeur par défaut=20) : nombre de livraisons possibles par jour
// Valeur de retour :
// 	entier : nombre de commandes planifiées
//
// Exemple :
// nNb = CalculePlanning(DateDuJour())
//
PROCÉDURE CalculePlanning(dDébut est une Date, nCapacitéJour est un entier = 20)
dJour est une Date = dDébut
nPlacées est un entier
nDuJour est un entier
taChargeParJour est un tableau associatif d'entiers
sClé est une chaîne

// On part des commandes validées, les plus anciennes d'abord
HFiltre(Commande, "Etat = 'VALIDEE'")
HLitPremier(Commande, DateCommande)
TANTQUE PAS HEnDehors(Commande)
	// On saute les week-ends
	TANTQUE DateVersJour(dJour) >= 6
		dJour..Jour++
	FIN

	sClé = DateVersChaîne(dJour, "AAAAMMJJ")
	nDuJour = taChargeParJour[sClé]
	SI nDuJour >= nCapacitéJour ALORS
		dJour..Jour++
		CONTINUER
	FIN

	Commande.DateLivraisonPrévue = dJour
	Commande.Etat = "PLANIFIEE"
	SI HModifie(Commande) ALORS
		taChargeParJour[sClé] = nDuJour + 1
		nPlacées++
	SINON
		Trace("Commande " + Commande.NumCommande + " : " + HErreurInfo())
	FIN
	HLitSuivant(Commande, DateCommande)
FIN
HDésactiveFiltre(Commande)

// Résumé dans la trace
POUR TOUT nDuJour, sClé DE taChargeParJour
	Trace(sClé + " : " + nDuJour + " livraison(s)")
FIN

RENVOYER nPlacées
