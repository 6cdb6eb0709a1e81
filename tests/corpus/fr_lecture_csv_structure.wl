// written for the corpus
PROCÉDURE LitTarifs(sFichier est une chaîne) : tableau associatif de monétaires
taTarifs est un tableau associatif de monétaires
sContenu est une chaîne
sLigne est une chaîne
sRéf est une chaîne
nLigne est un entier

sContenu = fChargeTexte(sFichier)
SI ErreurDétectée ALORS
	Trace(ErreurInfo())
	RENVOYER taTarifs
FIN
POUR TOUTE CHAÎNE sLigne DE sContenu SÉPARÉE PAR RC
	nLigne++
	SI nLigne = 1 OU sLigne = "" ALORS CONTINUER
	sRéf = SansEspace(ExtraitChaîne(sLigne, 1, ";"))
	taTarifs[sRéf] = Val(Remplace(ExtraitChaîne(sLigne, 2, ";"), ",", "."))
FIN
RENVOYER taTarifs
