// written for the corpus
// Initialisation de PAGE_Commande (code serveur WebDev)
PROCÉDURE MaPage(nIDCommande est un entier = 0)

SI PAS gbConnecté ALORS
	PageAffiche(PAGE_Connexion)
	RETOUR
FIN

SI nIDCommande > 0 ALORS
	SI HLitRecherchePremier(Commande, IDCommande, nIDCommande) ALORS
		FichierVersPage()
		LIB_Titre = "Commande n° " + Commande.NumCommande
	SINON
		PageAffiche(PAGE_Erreur, "Commande introuvable")
	FIN
SINON
	HRAZ(Commande)
	LIB_Titre = "Nouvelle commande"
FIN
