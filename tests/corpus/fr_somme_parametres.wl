// écrit pour le corpus
PROCÉDURE Moyenne(*)
SI MesParamètres..Occurrence = 0 ALORS RENVOYER 0
rSomme est un réel
POUR i = 1 _A_ MesParamètres..Occurrence
	rSomme += MesParamètres[i]
FIN
RENVOYER rSomme / MesParamètres..Occurrence
