// written for the corpus
PROCÉDURE RemplitTableCommandes()
TableSupprimeTout(TABLE_Commandes)

POUR TOUT Commande SUR DateCommande
	SI Commande.Etat = "ANNULEE" ALORS CONTINUER
	TableAjouteLigne(TABLE_Commandes, Commande.IDCommande, Commande.NumCommande, ...
		DateVersChaîne(Commande.DateCommande), Commande.MontantTTC)
FIN

SI TABLE_Commandes..Occurrence = 0 ALORS
	LIB_Info..Visible = Vrai
	LIB_Info = "Aucune commande"
FIN
