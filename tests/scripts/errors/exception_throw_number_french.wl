// Le numéro d'une exception est un entier de 1 à 1000 ; un message seul n'est pas un numéro.
QUAND EXCEPTION DANS
	ExceptionDéclenche(1)
FAIRE
	Trace(ExceptionInfo(errCode))
FIN
ExceptionDéclenche("un message sans numéro")
