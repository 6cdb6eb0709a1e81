// written for the corpus
PROCÉDURE EcritRapport(sChemin est une chaîne, tabLignes est un tableau de chaînes)
nFic est un entier
sLigne est une chaîne

nFic = fOuvre(sChemin, foCréationSiInexistant + foEcriture + foAjout)
SI nFic = -1 ALORS
	Erreur(ErreurInfo(errMessage))
	RETOUR
FIN
fEcritLigne(nFic, "==== " + DateHeureVersChaîne(DateHeureSys()) + " ====")
POUR TOUT sLigne DE tabLignes
	fEcritLigne(nFic, sLigne)
FIN
fFerme(nFic)
