// written for the corpus
PROCÉDURE ChaîneVersDateFR(sDate est une chaîne) : Date
dRes est une Date
SI Taille(sDate) <> 10 ALORS RENVOYER ""
dRes = ChaîneVersDate(sDate, "JJ/MM/AAAA")
SI PAS DateValide(dRes) ALORS RENVOYER ""
RENVOYER dRes
