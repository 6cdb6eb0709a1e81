// written for the corpus
// Clic sur BTN_Modifier
nID est un entier

nID = TABLE_Clients.COL_IDClient
SI nID = 0 ALORS RETOUR

SI Ouvre(FEN_FicheClient, nID) = Vrai ALORS
	TableAffiche(TABLE_Clients, taCourantEnreg)
FIN
