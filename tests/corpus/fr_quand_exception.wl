// written for the corpus
PROCÉDURE DiviseSûr(a est un réel, b est un réel) : réel
rRésultat est un réel

QUAND EXCEPTION DANS
	rRésultat = a / b
FAIRE
	Trace("Division impossible : " + ExceptionInfo(errMessage))
	rRésultat = 0
FIN

RENVOYER rRésultat
