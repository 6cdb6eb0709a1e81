// written for the corpus
PROCÉDURE ValideRéception(nIDRéception est un entier) : booléen
nNbLignes est un entier
bOK est un booléen = Vrai

SI PAS HLitRecherchePremier(Réception, IDRéception, nIDRéception) ALORS
	Erreur("Réception introuvable")
	RENVOYER Faux
FIN
SI Réception.Validée ALORS
	Info("Cette réception est déjà validée.")
	RENVOYER Faux
FIN

HTransactionDébut()
POUR TOUT LigneRéception AVEC IDRéception = nIDRéception
	SI HLitRecherchePremier(Produit, IDProduit, LigneRéception.IDProduit, hBlocageEcriture) ALORS
		Produit.Stock += LigneRéception.QuantitéReçue
		Produit.DernierPrixAchat = LigneRéception.PrixUnitaire
		SI PAS HModifie(Produit) ALORS
			bOK = Faux
			SORTIR
		FIN
		nNbLignes++
	SINON
		bOK = Faux
		SORTIR
	FIN
FIN

SI bOK ALORS
	Réception.Validée = Vrai
	Réception.DateValidation = DateHeureSys()
	HModifie(Réception)
	HTransactionFin()
	ToastAffiche(nNbLignes + " ligne(s) intégrée(s) au stock")
SINON
	HTransactionAnnule()
	Erreur("La réception n'a pas pu être validée", HErreurInfo())
FIN
RENVOYER bOK
