// written for the corpus
// Clic sur BTN_Importer
sFichier est une chaîne
nIdFic est un entier
sLigne est une chaîne
tabChamps est un tableau de chaînes
nNumLigne est un entier = 0
nAjouts, nModifs, nRejets sont des entiers
sRapport est une chaîne
bEnTête est un booléen = Vrai
dhDébut est une DateHeure

// Sélection du fichier à importer
sFichier = fSélecteur(fRepDonnées(), "", "Choisissez le fichier des clients", ...
	"Fichiers CSV (*.csv)" + TAB + "*.csv" + RC + "Tous les fichiers (*.*)" + TAB + "*.*", "csv")
SI sFichier = "" ALORS RETOUR

// Vérifications préalables
SI fTaille(sFichier) = 0 ALORS
	Erreur("Le fichier " + fExtraitChemin(sFichier, fFichier + fExtension) + " est vide.")
	RETOUR
FIN

SI PAS Confirmer("Importer les clients du fichier " + sFichier + " ?") ALORS RETOUR

dhDébut = DateHeureSys()
nIdFic = fOuvre(sFichier, foLecture + foAnsi)
SI nIdFic = -1 ALORS
	Erreur("Impossible d'ouvrir le fichier", ErreurInfo(errMessage))
	RETOUR
FIN

SablierAffiche(Vrai)
HTransactionDébut()

BOUCLE
	sLigne = fLitLigne(nIdFic)
	SI sLigne = EOT ALORS SORTIR
	nNumLigne++

	// La première ligne contient les titres des colonnes
	SI bEnTête ALORS
		bEnTête = Faux
		CONTINUER
	FIN

	// Ligne vide : on ignore
	SI SansEspace(sLigne) = "" ALORS CONTINUER

	tabChamps = DécoupeCSV(sLigne)
	SI TableauOccurrence(tabChamps) < 4 ALORS
		nRejets++
		sRapport += ChaîneConstruit("Ligne %1 : nombre de colonnes incorrect (%2)", nNumLigne, TableauOccurrence(tabChamps)) + RC
		CONTINUER
	FIN

	// Le client existe-t-il déjà ?
	HLitRecherchePremier(Client, CodeClient, tabChamps[1])
	SI HTrouve(Client) ALORS
		Client.Nom = tabChamps[2]
		Client.Ville = tabChamps[3]
		Client.Email = Minuscule(tabChamps[4])
		SI HModifie(Client) ALORS
			nModifs++
		SINON
			nRejets++
			sRapport += "Ligne " + nNumLigne + " : " + HErreurInfo(hErrMessage) + RC
		FIN
	SINON
		HRAZ(Client)
		Client.CodeClient = tabChamps[1]
		Client.Nom = tabChamps[2]
		Client.Ville = tabChamps[3]
		Client.Email = Minuscule(tabChamps[4])
		Client.DateCréation = DateDuJour()
		SI HAjoute(Client) ALORS
			nAjouts++
		SINON
			SI HErreurDoublon() ALORS
				sRapport += "Ligne " + nNumLigne + " : doublon" + RC
			SINON
				sRapport += "Ligne " + nNumLigne + " : " + HErreurInfo(hErrMessage) + RC
			FIN
			nRejets++
		FIN
	FIN

	// Rafraîchit l'affichage toutes les 100 lignes
	SI nNumLigne modulo 100 = 0 ALORS
		LIB_Progression = "Ligne " + nNumLigne + "..."
		Multitâche(-1)
	FIN
FIN

fFerme(nIdFic)

SI nRejets > 0 ET PAS OuiNon(Non, nRejets + " ligne(s) rejetée(s). Valider quand même l'import ?") ALORS
	HTransactionAnnule()
	SablierAffiche(Faux)
	RETOUR
FIN
HTransactionFin()
SablierAffiche(Faux)

// Compte rendu
sRapport = ChaîneConstruit("Import terminé en %1 s" + RC + "%2 ajout(s), %3 modification(s), %4 rejet(s)", ...
	(DateHeureSys() - dhDébut)..EnSecondes, nAjouts, nModifs, nRejets) + RC + RC + sRapport
fSauveTexte(fRepDonnées() + ["\"] + "import_" + DateSys() + ".log", sRapport)
Info(sRapport)

TableAffiche(TABLE_Clients, taRéExécuteRequête)
