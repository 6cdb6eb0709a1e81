// written for the corpus
// Double-clic sur TABLE_Clients
nIDClient est un entier
nIDClient = TABLE_Clients[TABLE_Clients].COL_IDClient
SI nIDClient = 0 ALORS RETOUR
Ouvre(FEN_FicheClient, nIDClient)
TableAffiche(TABLE_Clients, taCourantSélection)
