// source: doc.pcsoft.fr "Le type Email" (exemple d'envoi d'un email)
PROCÉDURE EnvoieNote(sExpéditeur est une chaîne, sServeur est une chaîne, sNote est une chaîne)
// Envoi d'un email

// Construction du message
MonMessage est un Email

// Expéditeur
MonMessage.Expediteur = sExpéditeur

// Destinataires
sDestinataire_1 est une chaîne = "aaa@gmail.com"
sDestinataire_2 est une chaîne = "bbb@gmail.com"
Ajoute(MonMessage.Destinataire, sDestinataire_1)
Ajoute(MonMessage.Destinataire, sDestinataire_2)

// Contenu du message
MonMessage.Sujet = SAI_Sujet
MonMessage.Message = RTFVersTexte(sNote)
MonMessage.HTML = RTFVersHTML(sNote)

// Ouverture une session SMTP
MaSession est une emailSessionSMTP
MaSession.AdresseServeur = sServeur
SI EmailOuvreSession(MaSession) = Faux ALORS RETOUR

// Envoi du message (la constante emailOptionEncodeEntête permet
// de prendre en compte les caractères accentués)
EmailEnvoieMessage(MaSession, MonMessage, emailOptionEncodeEntête)

// Fermeture de la session
EmailFermeSession(MaSession)
