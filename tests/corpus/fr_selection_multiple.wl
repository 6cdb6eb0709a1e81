// written for the corpus
// Clic sur BTN_SupprimerSélection
nNbSélection est un entier = TableSelectOccurrence(TABLE_Documents)
i est un entier
nLigne est un entier

SI nNbSélection = 0 ALORS
	Info("Sélectionnez au moins un document.")
	RETOUR
FIN
SI PAS Confirmer(ChaîneConstruit("Supprimer les %1 document(s) sélectionné(s) ?", nNbSélection)) ALORS RETOUR

POUR i = nNbSélection _A_ 1 PAS -1
	nLigne = TableSelect(TABLE_Documents, i)
	SI HLitRecherchePremier(Document, IDDocument, TABLE_Documents[nLigne].COL_IDDocument) ALORS
		fSupprime(Document.Chemin)
		HSupprime(Document)
	FIN
	TableSupprime(TABLE_Documents, nLigne)
FIN
