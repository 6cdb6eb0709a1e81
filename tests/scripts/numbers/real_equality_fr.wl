// Page « Réels » de PC SOFT : l'opérateur = est précis à 10^-6 sur les réels ; les milliers
// peuvent être séparés par un espace ou `_`.
r est un réel = 0.1 + 0.2
Trace("0,1 + 0,2 = 0,3 :", r = 0.3)
Trace("et > 0,3 aussi :", r > 0.3)
SI 1.0000001 = 1 ALORS Trace("1,0000001 = 1") SINON Trace("différents")
x est un réel sur 4 octets = 0.1
Trace("réel sur 4 octets :", x = 0.1)
m est un monétaire = 0.1
Trace("monétaire :", m * 3 = 0.3)
SELON r
	CAS 0.3 : Trace("SELON : 0,3")
	AUTRE CAS : Trace("SELON : autre")
FIN
nGrand est un entier = 1 000 000
rPrix est un réel = 12_345.5
Trace(nGrand, rPrix)
