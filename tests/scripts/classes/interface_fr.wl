// Une interface déclarée comme la page « Interface » de PC SOFT la montre : prototypes de
// procédures (paramètres, type du retour) et de propriétés (type, <lecture>, <écriture>).
// La déclaration ne fait rien à l'exécution ; le script continue.
Panier est une Interface
	Procédure AjouteProduit(CodeProduit)
	Propriété NombreProduit <lecture>
	PROCÉDURE Total(nTaux est un entier) : réel
	Propriété Libellé : chaîne <lecture/écriture>
	Propriété Note <écriture>
FIN

IVide est une Interface
FIN

Trace("déclarée")
