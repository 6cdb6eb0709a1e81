// Résumé : Vérifie qu'une chaîne ne contient que des chiffres
// Syntaxe :
//[ <Résultat> = ] EstNumérique (<sValeur> est chaîne)
//
// Paramètres :
//	sValeur (chaîne ANSI) : valeur à tester
// Valeur de retour :
// 	booléen : Vrai si sValeur ne contient que des chiffres
//
// Exemple :
// SI EstNumérique(SAI_CodePostal) ALORS ...
//
PROCÉDURE EstNumérique(sValeur est une chaîne)
i est un entier
SI sValeur = "" ALORS RENVOYER Faux
POUR i = 1 _A_ Taille(sValeur)
	SI sValeur[[i]] < "0" OU sValeur[[i]] > "9" ALORS RENVOYER Faux
FIN
RENVOYER Vrai
