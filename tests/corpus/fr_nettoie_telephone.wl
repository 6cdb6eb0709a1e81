// written for the corpus
PROCÉDURE NettoieTéléphone(LOCAL sNuméro est une chaîne) : chaîne
sRésultat est une chaîne
i est un entier
c est un caractère

// On ne garde que les chiffres et le +
POUR i = 1 _A_ Taille(sNuméro)
	c = sNuméro[[i]]
	SI Position("0123456789+", c) > 0 ALORS
		sRésultat += c
	FIN
FIN

// 0033 -> +33
SI Gauche(sRésultat, 4) = "0033" ALORS
	sRésultat = "+33" + Milieu(sRésultat, 5)
FIN

RENVOYER sRésultat
