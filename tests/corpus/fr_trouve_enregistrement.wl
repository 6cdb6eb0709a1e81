// source: doc.pcsoft.fr "Déclaration d'une procédure" (exemple PROCÉDURE Trouve)
PROCÉDURE Trouve(NomFichier, Clé, Valeur)
HLitRecherche(NomFichier, Clé, Valeur)
SI HTrouve() = Vrai ALORS
	RENVOYER Vrai
SINON
	RENVOYER Faux
FIN
