// written for the corpus
PROCÉDURE RemplitComboPays()
ListeSupprimeTout(COMBO_Pays)
POUR TOUT Pays SUR Libellé
	ListeAjoute(COMBO_Pays, Pays.Libellé + gLien(Pays.CodeISO))
FIN
SI COMBO_Pays..Occurrence > 0 ALORS
	COMBO_Pays = ListeCherche(COMBO_Pays, "France")
FIN
