// written for the corpus
// Clic sur TABLE_Commandes
SI TABLE_Commandes = -1 ALORS RETOUR
LIB_Détail = "Commande n° " + TABLE_Commandes.COL_Numéro + " du " + DateVersChaîne(TABLE_Commandes.COL_Date)
BTN_Modifier..Etat = (TABLE_Commandes.COL_Etat = "BROUILLON" ? Actif SINON Grisé)
BTN_Supprimer..Etat = BTN_Modifier..Etat
