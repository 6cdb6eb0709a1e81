// written for the corpus
PROCÉDURE ModifieAvecBlocage(nIDClient est un entier, sNouveauNom est une chaîne) : booléen
SI PAS HLitRecherchePremier(Client, IDClient, nIDClient, hBlocageEcriture) ALORS
	SI HErreurBlocage() ALORS
		Info("Ce client est en cours de modification par un autre utilisateur.")
	SINON
		Erreur(HErreurInfo())
	FIN
	RENVOYER Faux
FIN
Client.Nom = sNouveauNom
HModifie(Client)
HDébloqueNumEnr(Client)
RENVOYER Vrai
