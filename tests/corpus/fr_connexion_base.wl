// source: noyer.fr "Comment se connecter à une base de données", adapté
PROCÉDURE ConnecteBase() : booléen
MaConnexion est une Connexion

MaConnexion..Provider = hAccèsHFClientServeur
MaConnexion..Serveur = gsServeur + ":" + gnPort
MaConnexion..BaseDeDonnées = "GESTION"
MaConnexion..Utilisateur = "admin"
MaConnexion..MotDePasse = gsMotDePasseBase
MaConnexion..Cryptage = hCryptageRC5_16

SI PAS HOuvreConnexion(MaConnexion) ALORS
	Erreur("Connexion impossible au serveur " + gsServeur, HErreurInfo(hErrComplet))
	RENVOYER Faux
FIN
HChangeConnexion("*", MaConnexion)
RENVOYER Vrai
