// written for the corpus
PROCÉDURE IndexeProduits() : tableau associatif de STProduit
taProduits est un tableau associatif de STProduit
stP est un STProduit

POUR TOUT Produit
	stP.sRéférence = Produit.Référence
	stP.sLibellé = Produit.Libellé
	stP.mPrix = Produit.PrixHT
	taProduits[Produit.Référence] = stP
FIN
RENVOYER taProduits
