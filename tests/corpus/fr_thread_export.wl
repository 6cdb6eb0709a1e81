// written for the corpus
PROCÉDURE ExporteEnArrièrePlan(sRépertoire est une chaîne)
ThreadExécute("EXPORT", threadNormal, ExportComplet, sRépertoire)

	PROCÉDURE INTERNE ExportComplet(sRep est une chaîne)
		ExporteTableCSV(sRep + ["\"] + "commandes.csv")
		ExécuteThreadPrincipal(ToastAffiche, "Export terminé")
	FIN
