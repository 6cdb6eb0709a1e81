// written for the corpus
PROCÉDURE ConvertitPoids(rValeur est un réel, sUnitéSource est une chaîne, sUnitéCible est une chaîne) : réel
rEnGrammes est un réel

SELON Minuscule(sUnitéSource)
	CAS "mg" : rEnGrammes = rValeur / 1000
	CAS "g" : rEnGrammes = rValeur
	CAS "kg" : rEnGrammes = rValeur * 1000
	CAS "t" : rEnGrammes = rValeur * 1000000
	AUTRE CAS
		ExceptionDéclenche(1, "Unité inconnue : " + sUnitéSource)
FIN

SELON Minuscule(sUnitéCible)
	CAS "mg" : RENVOYER rEnGrammes * 1000
	CAS "g" : RENVOYER rEnGrammes
	CAS "kg" : RENVOYER rEnGrammes / 1000
	CAS "t" : RENVOYER rEnGrammes / 1000000
FIN
ExceptionDéclenche(1, "Unité inconnue : " + sUnitéCible)
