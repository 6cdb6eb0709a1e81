// written for the corpus
PROCÉDURE StatistiquesNotes(tabNotes est un tableau de réels)
rMin, rMax, rSomme sont des réels
nNb est un entier
rNote est un réel

rMin = 20
rMax = 0
POUR TOUT rNote DE tabNotes
	SI rNote < rMin ALORS rMin = rNote
	SI rNote > rMax ALORS rMax = rNote
	rSomme += rNote
	nNb++
FIN

SI nNb > 0 ALORS
	Info("Moyenne : " + NumériqueVersChaîne(rSomme / nNb, "5.2f"), "Min : " + rMin, "Max : " + rMax)
FIN
