// Le réel sur 4 octets : simple précision, arrondi là où il est rangé, calculé comme un réel.
r est un réel sur 4 octets
Trace(r)
r = 0.5
Trace(r, r * 2, r = 0.5)
r = 0.1
Trace(r)
r = 16777217
Trace(r)
a, b sont des réels sur 4 octets
a = 0.25
b = 1 / 3
Trace(a + b)
Montre(2.2)
t est un tableau de réels sur 4 octets
Ajoute(t, 0.1)
Trace(t[1])
Point est une Structure
	nX est un réel sur 4 octets
FIN
p est un Point
p.nX = 0.2
Trace(p.nX)
QUAND EXCEPTION DANS
	r = -1e39
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN

PROCÉDURE Montre(v est un réel sur 4 octets)
	Trace(v)
FIN
