// written for the corpus
// Clic droit sur TABLE_Clients
SI TableSelect(TABLE_Clients) = -1 ALORS RETOUR
OPT_Supprimer..Etat = (gnNiveauUtilisateur = 0 ? Actif SINON Grisé)
OuvreMenuContextuel(MENU_Clients)
