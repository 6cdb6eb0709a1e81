// written for the corpus
// Ancienne syntaxe SQL (fonctions SQLExec / SQLFetch)
PROCÉDURE ListeFournisseursSQL()
nConnexion est un entier
sNom est une chaîne

nConnexion = SQLConnecte("GESTION", "lecteur", gsMotDePasseBase, "", "ODBC")
SI nConnexion = 0 ALORS
	Erreur("Connexion impossible", SQL.MesErreur)
	RETOUR
FIN
SQLExec("SELECT Nom, Ville FROM Fournisseur ORDER BY Nom", "REQ1")
TANTQUE SQLFetch("REQ1") = 0
	sNom = SQLLitCol("REQ1", 1)
	ListeAjoute(LISTE_Fournisseurs, sNom + " (" + SQLLitCol("REQ1", 2) + ")")
FIN
SQLFerme("REQ1")
SQLDéconnecte()
