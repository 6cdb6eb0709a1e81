// written for the corpus
STContact est une Structure
	sNom est une chaîne
	sEmail est une chaîne
	bAbonné est un booléen
FIN

PROCÉDURE ContactsAbonnés() : tableau de STContact
tabRes est un tableau de STContact
stC est un STContact

POUR TOUT Contact AVEC Abonné = Vrai
	stC.sNom = Contact.Nom
	stC.sEmail = Contact.Email
	stC.bAbonné = Vrai
	TableauAjoute(tabRes, stC)
FIN
RENVOYER tabRes
