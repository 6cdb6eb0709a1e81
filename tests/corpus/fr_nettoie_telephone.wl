// written for the corpus
PROCÉDURE NettoieTéléphone(LOCAL sNuméro est une chaîne) : chaîne
sRésultat est une chaîne
i est un entier
c est un caractère

// On ne garde que les chiffres et le +
POUR i = 1 _A_ Taille(sNuméro)
	c = sNuméro[[i]]
	SI c DANS ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+") ALORS
		sRésultat += c
	FIN
FIN

// 0033 -> +33
SI Gauche(sRésultat, 4) = "0033" ALORS
	sRésultat = "+33" + Milieu(sRésultat, 5)
FIN

RENVOYER sRésultat
