// written for the corpus
// Clic sur BTN_Valider de la fenêtre FEN_Commande : contrôle de la saisie, calcul, enregistrement
PROCÉDURE INTERNE Erreur(sMessage est une chaîne, champ)
	Erreur(sMessage)
	DonneFocus(champ)
FIN

SI SansEspace(SAI_Client) = "" ALORS
	Erreur("Le client est obligatoire.", SAI_Client)
	RETOUR
FIN
SI TABLE_Lignes..Occurrence = 0 ALORS
	Info("Ajoutez au moins une ligne à la commande.")
	RETOUR
FIN

mTotalHT, mTotalTVA sont des monétaires
nLigne est un entier
POUR nLigne = 1 _À_ TABLE_Lignes..Occurrence
	mLigne est un monétaire = TABLE_Lignes.COL_Quantité[nLigne] * TABLE_Lignes.COL_PrixUnitaire[nLigne]
	SELON TABLE_Lignes.COL_CodeTVA[nLigne]
		CAS 1 : mTotalTVA += mLigne * 0.055
		CAS 2 : mTotalTVA += mLigne * 0.10
		CAS 3, 4 : mTotalTVA += mLigne * 0.20
		AUTRE CAS
			Erreur(ChaîneConstruit("Code TVA inconnu à la ligne %1", nLigne))
			RETOUR
	FIN
	mTotalHT += mLigne
FIN

SI mTotalHT > 10000 ET PAS OuiNon("Le montant dépasse 10 000 €. Confirmer la commande ?") ALORS RETOUR

HRAZ(Commande)
Commande.IDClient = COMBO_Client..ValeurMémorisée
Commande.DateCommande = DateDuJour()
Commande.TotalHT = mTotalHT
Commande.TotalTVA = mTotalTVA
Commande.TotalTTC = mTotalHT + mTotalTVA
Commande.Statut = SELON (COMBO_Statut, "Brouillon", "Validée", "Expédiée", SINON "Inconnu")
SI PAS HAjoute(Commande) ALORS
	Erreur("Impossible d'enregistrer la commande : " + RC + HErreurInfo())
	RETOUR
FIN

POUR TOUTE LIGNE DE TABLE_Lignes
	HRAZ(LigneCommande)
	LigneCommande.IDCommande = Commande.IDCommande
	LigneCommande.Quantité = TABLE_Lignes.COL_Quantité
	LigneCommande.PrixUnitaire = TABLE_Lignes.COL_PrixUnitaire
	HAjoute(LigneCommande)
FIN

ToastAffiche("Commande " + Commande.IDCommande + " enregistrée", toastCourt)
MaFenêtre..Modifiée = Faux
Ferme(MaFenêtre, Commande.IDCommande)
