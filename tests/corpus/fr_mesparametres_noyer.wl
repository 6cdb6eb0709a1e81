// source: noyer.fr "Analyse du mot-clé MesParamètres", adapté
PROCÉDURE Concatène(*)
sRésultat est une chaîne
i est un entier

POUR i = 1 _A_ MesParamètres..Occurrence
	SI i > 1 ALORS sRésultat += ", "
	sRésultat += MesParamètres[i]
FIN
RENVOYER sRésultat
