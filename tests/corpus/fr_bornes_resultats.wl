// écrit pour le corpus
PROCÉDURE Bornes(tabValeurs est un tableau de réels) : (réel, réel)
SI tabValeurs..Occurrence = 0 ALORS RENVOYER (0, 0)
rMin est un réel = tabValeurs[1]
rMax est un réel = tabValeurs[1]
POUR TOUT rVal DE tabValeurs
	SELON rVal
		CAS < rMin : rMin = rVal
		CAS > rMax : rMax = rVal
	FIN
FIN
RENVOYER (rMin, rMax)

PROCÉDURE AfficheBornes(sNomVariable est une chaîne)
rBas, rHaut sont des réels
(rBas, rHaut) = Bornes({sNomVariable})
SI sNomVariable ~~ "tab-mesures" ALORS Trace("mesures")
Trace(rBas, rHaut)
