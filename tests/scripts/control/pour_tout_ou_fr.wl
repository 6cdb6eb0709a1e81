// POUR TOUT … OÙ : seulement les éléments pour lesquels la condition est vraie.
tabMontants est un tableau d'entiers = [120, 5, 60, 300, 8]
POUR TOUT nMontant DE tabMontants OÙ nMontant < 100
	SI nMontant = 5 ALORS CONTINUER
	Trace(nMontant)
FIN
sListe est une chaîne = "un,deux,trois"
POUR TOUTE CHAÎNE sMot DE sListe SÉPARÉE PAR "," OÙ Taille(sMot) > 2
	Trace(sMot)
FIN
