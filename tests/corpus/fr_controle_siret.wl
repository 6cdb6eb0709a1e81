// written for the corpus
// Algorithme de Luhn sur un numéro SIRET
PROCÉDURE SiretValide(LOCAL sSiret est une chaîne) : booléen
nSomme est un entier
nChiffre est un entier
i est un entier

sSiret = Remplace(sSiret, " ", "")
SI Taille(sSiret) <> 14 ALORS RENVOYER Faux

POUR i = 1 _A_ 14
	nChiffre = Val(sSiret[[i]])
	SI modulo(i, 2) = 1 ALORS
		nChiffre = nChiffre * 2
		SI nChiffre > 9 ALORS nChiffre -= 9
	FIN
	nSomme += nChiffre
FIN
RENVOYER (nSomme modulo 10 = 0)
