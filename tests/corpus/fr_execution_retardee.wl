// written for the corpus
PROCÉDURE RafraîchitCompteurs()
nNonLus est un entier

nNonLus = HNbEnr(Message, hEtatActif)
SI nNonLus > 0 ALORS
	LIB_Compteur..Libellé = nNonLus + " message" + (nNonLus > 1 ? "s" SINON "")
	LIB_Compteur..Visible = Vrai
SINON
	LIB_Compteur..Visible = Faux
FIN
