// `numérique (p, d)` : p chiffres avant la virgule, d après.
n est un numérique (5,2)
Trace(n)
n = 123.45
Trace(n, n * 2)
a, b sont des numériques (3,1)
a = 10.5
b = a * 2
Trace(b)
Payer(19.99)
QUAND EXCEPTION DANS
	n = 0.001
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN

PROCÉDURE Payer(nMontant est un numérique (6,2))
	Trace(nMontant * 3)
FIN
