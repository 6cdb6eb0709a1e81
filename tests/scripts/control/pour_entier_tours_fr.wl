// Les tours d'une boucle POUR sur un entier, en français : le corps change la variable,
// SORTIR et CONTINUER, la valeur après la boucle, une boucle sans tour, un PAS négatif, et un
// entier sur 1 octet qui dépasse sa plage pendant que la boucle continue.
i est un entier
POUR i = 1 À 10
	SI i = 2 ALORS i = 6
	SI i = 7 ALORS CONTINUER
	SI i = 9 ALORS SORTIR
	Trace("i", i)
FIN
Trace("après SORTIR", i)
POUR i = 5 À 1
	Trace("jamais")
FIN
Trace("aucun tour", i)
POUR i = 10 A 1 PAS -4
	Trace("descend", i)
FIN
Trace("après descente", i)
b est un entier sur 1 octet
POUR b = 126 À 130
	Trace("b", b)
FIN
