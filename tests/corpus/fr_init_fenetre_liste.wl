// written for the corpus
// Initialisation de FEN_ListeFactures
dDébut est une Date = DateDuJour()
dDébut..Jour = 1
SAI_Du = dDébut
SAI_Au = DateDuJour()
COMBO_Etat = 1
HFiltre(Facture, DateFacture, dDébut, DateDuJour())
TableAffiche(TABLE_Factures, taInit)
SI TABLE_Factures..Occurrence > 0 ALORS
	TableSelectPlus(TABLE_Factures, 1)
	ExécuteTraitement(TABLE_Factures, trtSélection)
SINON
	BTN_Imprimer..Grisé = Vrai
FIN
MaFenêtre..Titre = "Factures du " + DateVersChaîne(dDébut, "MMMM AAAA")
