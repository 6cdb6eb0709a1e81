// written for the corpus
// Procédure d'export des factures d'un mois dans un fichier CSV
PROCÉDURE ExporteFactures(nAnnée est un entier, nMois est un entier, sFichier est une chaîne)
nbExportées est un entier
sLigne est une chaîne
tLignes est un tableau de chaînes
dDébut est une Date
dFin est une Date

dDébut = ChaîneVersDate(ChaîneConstruit("%1%2%3", nAnnée, NumériqueVersChaîne(nMois, "02d"), "01"))
dFin = dDébut
dFin..Mois++
dFin..Jour--

TableauAjoute(tLignes, "Numéro;Date;Client;Montant HT;Montant TTC")
HFiltre(Facture, DateFacture, dDébut, dFin)
HLitPremier(Facture, DateFacture)
TANTQUE PAS HEnDehors(Facture)
	SI Facture.Annulée ALORS
		HLitSuivant(Facture, DateFacture)
		CONTINUER
	FIN
	sLigne = Facture.Numéro + ";" + DateVersChaîne(Facture.DateFacture, "JJ/MM/AAAA") + ";" ...
		+ Remplace(Facture.NomClient, ";", ",") + ";" ...
		+ NumériqueVersChaîne(Facture.MontantHT, "10.2f") + ";" ...
		+ NumériqueVersChaîne(Facture.MontantTTC, "10.2f")
	TableauAjoute(tLignes, sLigne)
	nbExportées++
	HLitSuivant(Facture, DateFacture)
FIN
HDésactiveFiltre(Facture)

SI nbExportées = 0 ALORS
	Info("Aucune facture pour " + nMois + "/" + nAnnée)
	RENVOYER 0
FIN

SI PAS fSauveTexte(sFichier, TableauVersChaîne(tLignes, RC)) ALORS
	Erreur("Écriture impossible : " + ErreurInfo(errMessage))
	RENVOYER -1
FIN
RENVOYER nbExportées
CAS ERREUR:
	Trace(ErreurInfo(errComplet))
	RENVOYER -1
