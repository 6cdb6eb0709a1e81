// written for the corpus
PROCÉDURE PeutFacturer(nIDClient est un entier) : booléen
HLitRecherchePremier(Client, IDClient, nIDClient)
SI HTrouve(Client) _ET_ Client.Actif _ET_ PAS Client.Bloqué ALORS
	RENVOYER Vrai
FIN
SI Client.Catégorie = "VIP" OU Client.Catégorie = "PARTENAIRE" ALORS
	RENVOYER Vrai
FIN
RENVOYER Faux
