// written for the corpus
PROCÉDURE ListeImprimantesConfig(sFichierINI est une chaîne) : tableau de chaînes
tabRes est un tableau de chaînes
sSection est une chaîne
sClé est une chaîne

sSection = INILit("", "", "", sFichierINI)
POUR TOUTE CHAÎNE sClé DE INILit("Imprimantes", "", "", sFichierINI) SÉPARÉE PAR RC
	SI sClé = "" ALORS CONTINUER
	TableauAjoute(tabRes, INILit("Imprimantes", sClé, "", sFichierINI))
FIN
RENVOYER tabRes
