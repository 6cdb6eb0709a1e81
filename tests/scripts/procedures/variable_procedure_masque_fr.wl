// Une variable déclarée `est une procédure` masque la procédure du même nom là où elle est déclarée.
Essai()
Trace(Surface())

PROCÉDURE Surface()
	RENVOYER 1

PROCÉDURE Sept()
	RENVOYER 7

PROCÉDURE Essai()
	Surface est une procédure = Sept
	Trace(Surface())
