// written for the corpus
// Ouverture de ETAT_ListeClients
PROCÉDURE MonEtat(sVille est une chaîne = "")

SI sVille <> "" ALORS
	HFiltre(Client, "Ville = '" + sVille + "'")
	LIB_Sous_Titre = "Clients de " + sVille
SINON
	LIB_Sous_Titre = "Tous les clients"
FIN
LIB_DateEdition = "Edité le " + DateVersChaîne(DateDuJour(), "JJ/MM/AAAA") + " à " + HeureVersChaîne(HeureSys(), "HH:MM")
