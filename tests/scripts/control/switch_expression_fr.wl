// SELON en expression : SELON (n, v1, v2, …, SINON d).
nJour est un entier = 3
sJour est une chaîne = SELON (nJour, "lundi", "mardi", "mercredi", SINON "plus tard")
Trace(sJour)
Trace(SELON (9, "lundi", "mardi", SINON "plus tard"))
