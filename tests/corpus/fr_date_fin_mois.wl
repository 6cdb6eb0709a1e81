// written for the corpus
PROCÉDURE DernierJourDuMois(dDate est une Date) : Date
dRes est une Date

dRes = dDate
dRes..Jour = 1
dRes..Mois++
dRes..Jour--
RENVOYER dRes
