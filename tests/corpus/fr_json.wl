// written for the corpus
PROCÉDURE ExporteClientJSON(nIDClient est un entier) : chaîne
vClient est un Variant
sJSON est une chaîne

HLitRecherchePremier(Client, IDClient, nIDClient)
SI HEnDehors(Client) ALORS RENVOYER ""

vClient.id = Client.IDClient
vClient.nom = Client.Nom
vClient.ville = Client.Ville
vClient.actif = Client.Actif

sJSON = VariantVersJSON(vClient)
RENVOYER sJSON
