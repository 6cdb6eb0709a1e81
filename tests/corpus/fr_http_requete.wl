// written for the corpus
PROCÉDURE RécupèreCours(sDevise est une chaîne) : réel
cRequête est une httpRequête
cRéponse est une httpRéponse
vDonnées est un Variant

cRequête..URL = "https://api.exemple.com/cours?devise=" + sDevise
cRequête..Méthode = httpGet
cRequête..Entête["Accept"] = "application/json"

cRéponse = HTTPEnvoie(cRequête)
SI ErreurDétectée OU cRéponse..CodeEtat <> 200 ALORS
	Trace("Erreur HTTP : " + ErreurInfo() + " / " + cRéponse..CodeEtat)
	RENVOYER 0
FIN

vDonnées = JSONVersVariant(cRéponse..Contenu)
RENVOYER vDonnées.taux
