// written for the corpus
// Initialisation du projet : paramètres, connexion, journal
GLOBALE
	gsRépertoireDonnées est une chaîne
	gnNiveauJournal est un entier = 2
	gbModeDémo est un booléen
LOCALE
	sFichierINI est une chaîne = fRepExe() + ["\"] + "config.ini"
	sServeur, sBase sont des chaînes

SI PAS fFichierExiste(sFichierINI) ALORS
	Erreur("Fichier de configuration introuvable :" + RC + sFichierINI)
	FinProgramme()
FIN

sServeur = INILit("Base", "Serveur", "localhost", sFichierINI)
sBase = INILit("Base", "Nom", "Gestion", sFichierINI)
gsRépertoireDonnées = INILit("Chemins", "Données", fRepDonnées(), sFichierINI)
gnNiveauJournal = Val(INILit("Journal", "Niveau", "2", sFichierINI))
gbModeDémo = (INILit("Licence", "Mode", "", sFichierINI) ~= "demo")

<COMPILE SI Configuration = "Windows 64 bits">
	Trace("Configuration 64 bits")
<SINON>
	Trace("Autre configuration")
<FIN>

cnx est une Connexion
cnx..Provider = hAccèsHFClientServeur
cnx..Serveur = sServeur
cnx..BaseDeDonnées = sBase
cnx..Utilisateur = "admin"
SI PAS HOuvreConnexion(cnx) ALORS
	SI gbModeDémo ALORS
		Info("Mode démonstration : données locales")
	SINON
		Erreur(HErreurInfo(hErrComplet))
		FinProgramme()
	FIN
SINON
	HChangeConnexion("*", cnx)
FIN

QUAND EXCEPTION
	fAjouteTexte(gsRépertoireDonnées + "\erreurs.log", DateHeureSys() + " " + ExceptionInfo(errComplet) + RC)
	FinProgramme()
FIN

Journal("Démarrage de l'application, version " + ExeInfo(exeVersion))

PROCÉDURE Journal(sTexte est une chaîne, nNiveau est un entier = 1)
	SI nNiveau > gnNiveauJournal ALORS RETOUR
	fAjouteTexte(gsRépertoireDonnées + ["\"] + "journal.txt", DateVersChaîne(DateDuJour()) + TAB + sTexte + RC)
FIN
