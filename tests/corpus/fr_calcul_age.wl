// written for the corpus
PROCÉDURE CalculeAge(dNaissance est une Date) : entier
dAujourdhui est une Date = DateDuJour()
nAge est un entier

nAge = dAujourdhui..Année - dNaissance..Année
// Pas encore eu son anniversaire cette année
SI dAujourdhui..Mois < dNaissance..Mois OU (dAujourdhui..Mois = dNaissance..Mois ET dAujourdhui..Jour < dNaissance..Jour) ALORS
	nAge--
FIN
RENVOYER nAge
