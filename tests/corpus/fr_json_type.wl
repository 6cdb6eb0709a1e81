// written for the corpus
PROCÉDURE LitConfigJSON(sChemin est une chaîne) : booléen
jConfig est un JSON
sContenu est une chaîne

sContenu = fChargeTexte(sChemin, foUTF8)
SI sContenu = "" ALORS RENVOYER Faux
jConfig = sContenu

gsServeur = jConfig.serveur.adresse
gnPort = jConfig.serveur.port
gbModeDebug = jConfig.debug
POUR TOUT vModule DE jConfig.modules
	TableauAjoute(gtabModules, vModule.nom)
FIN
RENVOYER Vrai
