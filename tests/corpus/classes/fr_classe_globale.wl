// written for the corpus
PROCÉDURE GLOBALE CJournal::Ecrit(sNiveau est une chaîne, sMessage est une chaîne)
sLigne est une chaîne = DateHeureVersChaîne(DateHeureSys()) + TAB + sNiveau + TAB + sMessage
fAjouteLigne(CJournal::m_sFichier, sLigne)
SI sNiveau = "ERREUR" ALORS CJournal::m_nErreurs++
