// En-têtes de procédures en français : PRIVÉE, GLOBALE, FONCTION, attributs, `*`.
Trace(Surface(2, 3))
Trace(Salue("Anne"))
Trace(Salue("Bruno", *, "!"))
Trace(Double(21))

PROCÉDURE PRIVÉE Surface(nLargeur est un entier, nHauteur est un entier) : entier
	RENVOYER nLargeur * nHauteur
FIN

PROCÉDURE GLOBALE Salue(sNom est une chaîne, sBonjour est une chaîne = "Bonjour", sFin est une chaîne = ".") : chaîne
	RENVOYER sBonjour + " " + sNom + sFin
FIN

FONCTION Double(n est un entier <utile>) : entier
	RENVOYER n * 2
FIN
