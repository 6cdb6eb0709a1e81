// written for the corpus
PROCÉDURE ClientsDeLaVille(sVille est une chaîne)
REQ_ClientsVille.ParamVille = sVille
SI PAS HExécuteRequête(REQ_ClientsVille) ALORS
	Erreur(HErreurInfo())
	RETOUR
FIN
POUR TOUT REQ_ClientsVille
	Trace(REQ_ClientsVille.Nom)
FIN
HAnnuleDéclaration(REQ_ClientsVille)
