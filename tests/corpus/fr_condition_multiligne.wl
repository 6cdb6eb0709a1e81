// written for the corpus
PROCÉDURE CommandeModifiable(nIDCommande est un entier) : booléen
HLitRecherchePremier(Commande, IDCommande, nIDCommande)
SI HTrouve(Commande) ET ...
	Commande.Etat <> "LIVREE" ET ...
	Commande.Etat <> "ANNULEE" ET ...
	PAS Commande.Verrouillée ALORS
	RENVOYER Vrai
FIN
RENVOYER Faux
