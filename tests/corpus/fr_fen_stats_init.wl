// written for the corpus
// Initialisation de FEN_Statistiques : remplit les graphes et les libellés
LOCALE
	tVentesParMois est un tableau de 12 monétaires
	tNomsMois est un tableau de chaînes = ["Janv", "Févr", "Mars", "Avr", "Mai", "Juin", "Juil", "Août", "Sept", "Oct", "Nov", "Déc"]
	nAnnée est un entier = AnnéeEnCours()
	mMeilleur est un monétaire
	nMeilleurMois est un entier

POUR TOUT Vente AVEC Vente.Année = nAnnée
	tVentesParMois[Vente.Mois] += Vente.Montant
FIN

POUR i = 1 _À_ 12
	grAjouteDonnée(GR_Ventes, 1, tVentesParMois[i])
	grEtiquetteCatégorie(GR_Ventes, i, tNomsMois[i])
	SI tVentesParMois[i] > mMeilleur ALORS
		mMeilleur = tVentesParMois[i]
		nMeilleurMois = i
	FIN
FIN
grDessine(GR_Ventes)

LIB_Meilleur = (nMeilleurMois = 0 ? "Aucune vente" SINON "Meilleur mois : " + tNomsMois[nMeilleurMois] + " (" + NumériqueVersChaîne(mMeilleur, "12.2f") + " €)")
LIB_Total..Libellé = "Total " + nAnnée + " : " + NumériqueVersChaîne(TableauSomme(tVentesParMois), "12.2f") + " €"
SAI_Objectif..Visible = (nMeilleurMois <> 0)
SI SAI_Objectif..Visible ALORS SAI_Objectif = mMeilleur * 1.1
