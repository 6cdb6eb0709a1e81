// written for the corpus
PROCÉDURE LibelléStatut(nStatut est un entier) : chaîne
SELON nStatut
	CAS 0 : RENVOYER "Brouillon"
	CAS 1 : RENVOYER "Validée"
	CAS 2, 3 : RENVOYER "En cours de livraison"
	CAS 4 A 6
		RENVOYER "Livrée"
	CAS > 10
		RENVOYER "Archivée"
	AUTRE CAS
		RENVOYER "Statut inconnu (" + nStatut + ")"
FIN
