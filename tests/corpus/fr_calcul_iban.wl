// written for the corpus
PROCÉDURE IBANValide(LOCAL sIBAN est une chaîne) : booléen
sRéarrangé est une chaîne
sNumérique est une chaîne
nReste est un entier
c est une chaîne
i est un entier

sIBAN = Majuscule(Remplace(sIBAN, " ", ""))
SI Taille(sIBAN) < 15 OU Taille(sIBAN) > 34 ALORS RENVOYER Faux

sRéarrangé = Milieu(sIBAN, 5) + Gauche(sIBAN, 4)
POUR i = 1 _A_ Taille(sRéarrangé)
	c = sRéarrangé[[i]]
	SI c >= "A" ET c <= "Z" ALORS
		sNumérique += (Asc(c) - 55)
	SINON
		sNumérique += c
	FIN
FIN

// Modulo 97 par morceaux pour éviter les dépassements
POUR i = 1 _A_ Taille(sNumérique)
	nReste = (nReste * 10 + Val(sNumérique[[i]])) modulo 97
FIN
RENVOYER nReste = 1
