// written for the corpus
PROCÉDURE ListeClientsActifs()
nNb est un entier
sListe est une chaîne

POUR TOUT Client AVEC Actif = Vrai
	nNb++
	sListe += Client.Nom + " " + Client.Prénom + RC
FIN

SI nNb = 0 ALORS
	Info("Aucun client actif")
SINON
	Info(ChaîneConstruit("%1 client(s) actif(s) :", nNb), sListe)
FIN
