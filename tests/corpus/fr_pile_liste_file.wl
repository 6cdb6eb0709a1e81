// written for the corpus
PROCÉDURE AnalyseParenthèses(sExpression est une chaîne) : booléen
pOuvrantes est une pile de chaînes
c est une chaîne
sSommet est une chaîne
i est un entier

POUR i = 1 _A_ Taille(sExpression)
	c = sExpression[[i]]
	SELON c
		CAS "(", "[", "{"
			Empile(pOuvrantes, c)
		CAS ")", "]", "}"
			SI PAS Dépile(pOuvrantes, sSommet) ALORS RENVOYER Faux
			SI Position("([{", sSommet) <> Position(")]}", c) ALORS RENVOYER Faux
	FIN
FIN
RENVOYER pOuvrantes..Vide
