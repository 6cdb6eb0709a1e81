// written for the corpus
PROCÉDURE SauveFacture(nIDFacture est un entier)
HLitRecherchePremier(Facture, IDFacture, nIDFacture)
SI HTrouve(Facture) ALORS
	Facture.DateModif = DateDuJour()
	HModifie(Facture)
FIN
RENVOYER Vrai

CAS ERREUR:
	Trace("Erreur lors de la sauvegarde de la facture " + nIDFacture + " : " + ErreurInfo(errMessage))
	RENVOYER Faux

CAS EXCEPTION:
	Trace(ExceptionInfo(errComplet))
	RENVOYER Faux
