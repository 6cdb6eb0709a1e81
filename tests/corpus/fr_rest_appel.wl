// written for the corpus
PROCÉDURE EnvoieCommandeAPI(nIDCommande est un entier) : booléen
cReq est une restRequête
cRep est une restRéponse
vCorps est un Variant

HLitRecherchePremier(Commande, IDCommande, nIDCommande)
vCorps.numero = Commande.NumCommande
vCorps.date = DateVersChaîne(Commande.DateCommande, "AAAA-MM-JJ")
vCorps.montant = Commande.MontantTTC

cReq.URL = gsURLAPI + "/commandes"
cReq.Méthode = httpPost
cReq.ContentType = typeMimeJSON
cReq.Entête["Authorization"] = "Bearer " + gsJetonAPI
cReq.Contenu = VariantVersJSON(vCorps)

cRep = RESTEnvoie(cReq)
SI ErreurDétectée ALORS
	Trace("Erreur réseau : " + ErreurInfo(errComplet))
	RENVOYER Faux
FIN
SELON cRep.CodeEtat
	CAS 200, 201
		RENVOYER Vrai
	CAS 401
		RafraîchitJeton()
		RENVOYER Faux
	AUTRE CAS
		Trace("Réponse " + cRep.CodeEtat + " : " + cRep.Contenu)
		RENVOYER Faux
FIN
