// written for the corpus
PROCÉDURE RafraîchitEcran
TableAffiche(TABLE_Clients, taRéExécuteRequête)
LIB_Date = DateVersChaîne(DateDuJour(), "JJJJ JJ MMMM AAAA")
