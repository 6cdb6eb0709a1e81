// written for the corpus
// Clic sur BTN_Connexion (code serveur)
sLogin est une chaîne = SansEspace(SAI_Login)
sHash est une chaîne

SI sLogin = "" OU SAI_MotDePasse = "" ALORS
	ToastAffiche("Identifiant et mot de passe obligatoires", toastCourt, cvMilieu, chCentre)
	RETOUR
FIN

HLitRecherchePremier(Utilisateur, Login, sLogin)
SI HEnDehors(Utilisateur) ALORS
	LIB_Erreur = "Identifiant inconnu"
	LIB_Erreur..Visible = Vrai
	RETOUR
FIN

sHash = BufferVersHexa(HashChaîne(HA_SHA_256, SAI_MotDePasse + Utilisateur.Sel))
SI sHash <> Utilisateur.MotDePasseHash ALORS
	Utilisateur.NbEchecs++
	HModifie(Utilisateur)
	LIB_Erreur = "Mot de passe incorrect"
	LIB_Erreur..Visible = Vrai
	RETOUR
FIN

gbConnecté = Vrai
gnIDUtilisateur = Utilisateur.IDUtilisateur
PageAffiche(PAGE_Accueil)
