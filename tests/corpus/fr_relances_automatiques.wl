// written for the corpus
PROCÉDURE RelanceFacturesEchues() : entier
nRelances est un entier
nJoursRetard est un entier
sModèle est une chaîne

sModèle = fChargeTexte(fRepExe() + "\Modèles\relance.txt")
SI sModèle = "" ALORS
	Trace("Modèle de relance introuvable")
	RENVOYER 0
FIN

POUR TOUT Facture AVEC Etat = "EMISE"
	nJoursRetard = DateDifférence(Facture.DateEchéance, DateDuJour())
	SI nJoursRetard <= 0 ALORS CONTINUER
	SI Facture.DateDernièreRelance <> "" ET DateDifférence(Facture.DateDernièreRelance, DateDuJour()) < 15 ALORS CONTINUER

	HLitRecherchePremier(Client, IDClient, Facture.IDClient)
	SI Client.Email = "" ALORS CONTINUER

	SI EnvoieRelance(Client.Email, Client.Nom, Facture.MontantTTC - Facture.MontantRéglé) ALORS
		Facture.DateDernièreRelance = DateDuJour()
		Facture.NbRelances++
		HModifie(Facture)
		nRelances++
	FIN
FIN
RENVOYER nRelances
