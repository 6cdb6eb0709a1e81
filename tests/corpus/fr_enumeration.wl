// written for the corpus
EStatutCommande est une Enumération
	Brouillon
	Validée
	Livrée
	Annulée
FIN

PROCÉDURE CouleurStatut(eStatut est un EStatutCommande) : entier
SELON eStatut
	CAS Brouillon : RENVOYER GrisClair
	CAS Validée : RENVOYER BleuClair
	CAS Livrée : RENVOYER VertClair
	AUTRE CAS : RENVOYER RougeClair
FIN
