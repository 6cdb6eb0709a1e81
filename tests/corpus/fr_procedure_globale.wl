// written for the corpus
PROCÉDURE GLOBALE JournaliseAction(sAction est une chaîne, sDétail est une chaîne = "")
sLigne est une chaîne

sLigne = DateVersChaîne(DateDuJour(), "JJ/MM/AAAA") + " " + HeureVersChaîne(HeureSys(), "HH:mm:SS") + ...
	TAB + gsUtilisateur + TAB + sAction
SI sDétail <> "" ALORS sLigne += TAB + sDétail
fAjouteLigne(fRepDonnées() + ["\"] + "journal.log", sLigne)
