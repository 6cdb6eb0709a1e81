// Les formes propres à WinDev se lisent, et `wl check` dit ce qui manque.
nTotal est un entier
POUR TOUT Client SUR Nom
	nTotal++
FIN
POUR TOUTE LIGNE SÉLECTIONNÉE DE TABLE_Commandes
	nTotal++
FIN
