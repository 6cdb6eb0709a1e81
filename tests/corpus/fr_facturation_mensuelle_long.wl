// written for the corpus
//=====================================================================
// Procédure : GénèreFacturesDuMois
// Objet     : génère les factures du mois pour tous les contrats actifs
//             et les envoie par email aux clients qui l'ont demandé
//=====================================================================
PROCÉDURE GénèreFacturesDuMois(nAnnée est un entier, nMois est un entier, bSimulation est un booléen = Faux) : entier
stPériode est un STPériode
nNbFactures est un entier
mTotalGénéral est un monétaire
tabErreurs est un tableau de chaînes
sErreur est une chaîne
nIDFacture est un entier
mMontantHT, mMontantTVA sont des monétaires
rTauxTVA est un réel
bEnvoiMail est un booléen

// Bornes de la période
stPériode.Début = ChaîneVersDate(nAnnée + Complète(nMois, 2, "0") + "01")
stPériode.Fin = stPériode.Début
stPériode.Fin..Mois++
stPériode.Fin..Jour--
Trace("Facturation du " + DateVersChaîne(stPériode.Début) + " au " + DateVersChaîne(stPériode.Fin))

SI PAS bSimulation ALORS HTransactionDébut()

POUR TOUT Contrat AVEC Actif = Vrai
	// Contrat pas encore commencé ou déjà terminé : on passe
	SI Contrat.DateDébut > stPériode.Fin ALORS CONTINUER
	SI Contrat.DateFin <> "" ET Contrat.DateFin < stPériode.Début ALORS CONTINUER

	// Client bloqué ?
	SI PAS HLitRecherchePremier(Client, IDClient, Contrat.IDClient) ALORS
		TableauAjoute(tabErreurs, "Contrat " + Contrat.Référence + " : client introuvable")
		CONTINUER
	FIN
	SI Client.Bloqué ALORS
		TableauAjoute(tabErreurs, ChaîneConstruit("Contrat %1 : client %2 bloqué", Contrat.Référence, Client.Nom))
		CONTINUER
	FIN

	// Montant au prorata si le contrat commence ou finit dans le mois
	mMontantHT = Contrat.MontantMensuelHT
	SI Contrat.DateDébut > stPériode.Début ALORS
		mMontantHT = mMontantHT * (DateDifférence(Contrat.DateDébut, stPériode.Fin) + 1) / stPériode.Fin..Jour
	SINON SI Contrat.DateFin <> "" _ET_ Contrat.DateFin < stPériode.Fin ALORS
		mMontantHT = mMontantHT * (DateDifférence(stPériode.Début, Contrat.DateFin) + 1) / stPériode.Fin..Jour
	FIN
	mMontantHT = Arrondi(mMontantHT, 2)

	SELON Client.Pays
		CAS "FR", "MC"
			rTauxTVA = 20
		CAS "BE"
			rTauxTVA = (Client.NuméroTVA = "" ? 21 SINON 0)
		AUTRE CAS
			rTauxTVA = 0
	FIN
	mMontantTVA = Arrondi(mMontantHT * rTauxTVA / 100, 2)

	SI bSimulation ALORS
		Trace(Client.Nom + TAB + mMontantHT + TAB + mMontantTVA)
	SINON
		HRAZ(Facture)
		Facture.IDClient = Client.IDClient
		Facture.IDContrat = Contrat.IDContrat
		Facture.DateFacture = stPériode.Fin
		Facture.NumFacture = ProchainNuméroFacture()
		Facture.MontantHT = mMontantHT
		Facture.MontantTVA = mMontantTVA
		Facture.MontantTTC = mMontantHT + mMontantTVA
		Facture.Etat = "EMISE"
		SI PAS HAjoute(Facture) ALORS
			sErreur = HErreurInfo(hErrMessage)
			TableauAjoute(tabErreurs, "Contrat " + Contrat.Référence + " : " + sErreur)
			CONTINUER
		FIN
		nIDFacture = Facture.IDFacture
	FIN

	nNbFactures++
	mTotalGénéral += mMontantHT + mMontantTVA
	bEnvoiMail = (Client.Email <> "" ET Client.FactureParMail)
	SI bEnvoiMail ET PAS bSimulation ALORS
		// L'envoi se fait après la validation de la transaction
		TableauAjoute(gtabFacturesAEnvoyer, nIDFacture)
	FIN
FIN

SI PAS bSimulation ALORS
	SI TableauOccurrence(tabErreurs) > 0 _ET_ PAS OuiNon(Oui, TableauOccurrence(tabErreurs) + " erreur(s). Valider quand même ?") ALORS
		HTransactionAnnule()
		RENVOYER -1
	FIN
	HTransactionFin()
FIN

// Compte rendu
POUR TOUT sErreur DE tabErreurs
	Trace(sErreur)
FIN
Trace(ChaîneConstruit("%1 facture(s), total %2", nNbFactures, NumériqueVersChaîne(mTotalGénéral, "12.2f")))
RENVOYER nNbFactures

CAS ERREUR:
	SI PAS bSimulation ALORS HTransactionAnnule()
	Erreur("Facturation interrompue", ErreurInfo(errComplet))
	RENVOYER -1
