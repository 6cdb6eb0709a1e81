// written for the corpus
PROCÉDURE EnvoieRelance(sDestinataire est une chaîne, sNomClient est une chaîne, mMontant est un monétaire)
MaSession est un emailSessionSMTP
MonMessage est un Email

MaSession..ServeurSMTP = gsServeurSMTP
MaSession..Port = 587
MaSession..Nom = gsUtilisateurSMTP
MaSession..MotDePasse = gsMotDePasseSMTP
MaSession..Option = optionTLS

SI PAS EmailOuvreSession(MaSession) ALORS
	Erreur("Connexion au serveur SMTP impossible", ErreurInfo())
	RENVOYER Faux
FIN

MonMessage..Expéditeur = "compta@exemple.fr"
Ajoute(MonMessage..Destinataire, sDestinataire)
MonMessage..Sujet = "Relance facture impayée"
MonMessage..Message = ChaîneConstruit("Bonjour %1," + RC + RC + ...
	"Sauf erreur de notre part, la somme de %2 reste due." + RC + ...
	"Cordialement.", sNomClient, mMontant)

SI PAS EmailEnvoieMessage(MaSession, MonMessage) ALORS
	Trace("Echec envoi à " + sDestinataire + " : " + ErreurInfo())
FIN

EmailFermeSession(MaSession)
RENVOYER Vrai
