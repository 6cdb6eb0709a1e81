// source: noyer.fr "Questions fréquentes et aides techniques en WLangage" (gestion des erreurs), adapté
PROCÉDURE CalculeRatio(nA est un entier, nB est un entier)
rRatio est un réel

SI PAS fRépertoireExiste(gsRépertoireExport) ALORS
	// Code de traitement de l'erreur non fatale...
	Trace(ErreurInfo(errComplet))
SINON
	// Suite du code...
	QUAND EXCEPTION DANS
		rRatio = nA / nB
	FAIRE
		// les erreurs fatales et bloquantes (exemple : la division d'un nombre par zéro)
		Trace(ExceptionInfo(errComplet))
		rRatio = 0
	FIN
FIN
RENVOYER rRatio
