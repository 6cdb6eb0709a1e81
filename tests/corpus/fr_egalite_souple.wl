// written for the corpus
PROCÉDURE ChercheVille(sSaisie est une chaîne) : entier
POUR TOUT Ville SUR Nom
	SI Ville.Nom ~= sSaisie ALORS RENVOYER Ville.IDVille
FIN
RENVOYER 0
