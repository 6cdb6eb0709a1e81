// source: noyer.fr "Questions fréquentes et aides techniques en WLangage" (gestion des erreurs non fatales)
PROCÉDURE LitFichierConfig(sChemin est une chaîne)
sContenu est une chaîne

sContenu = fChargeTexte(sChemin)
SI ErreurDétectée ALORS
	// Code de traitement de l'erreur non fatale...
	// Pour obtenir toutes les informations sur la dernière erreur non fatale :
	Trace(ErreurInfo(errComplet))
	RENVOYER ""
SINON
	// Suite du code...
	sContenu = SansEspace(sContenu)
FIN

RENVOYER sContenu
