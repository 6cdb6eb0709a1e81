// source: doc.pcsoft.fr "Instruction SELON" (exemples)
PROCÉDURE CommentaireQuantité(Quantité est un entier, Valeur est un entier)
Comment est une chaîne

SELON Quantité
	CAS 1 : Comment = "Profitez des promotions : 2 produits pour le prix d'un"
	CAS 2 : Comment = "Vous achetez deux produits : vous n'en payez qu'un seul"
	AUTRE CAS : Comment = ""
FIN

SELON Valeur
	CAS 10 : Trace(10)
	CAS 10<*<20 : Trace("Compris entre 10 et 20")
	CAS >30 : Trace("Supérieur à 30")
FIN

SELON Quantité
	CAS À 8: // Valeur inférieure ou égale à 8
		Comment = "Un cadeau pour tout achat"
	CAS 9,10: // Valeur égale à 9 ou 10
		Comment = "Profitez des promotions : 2 produits pour le prix d'un"
	CAS 11 À 20 // Valeur comprise entre 11 et 20 (inclus)
		Comment = "Vous achetez deux produits : vous n'en payez qu'un seul"
	CAS > 20: // Valeur supérieure à 20
		Comment = ""
FIN

// Syntaxe simplifiée : Combo_Sel contient des chiffres de 1 à 5
// Selon le chiffre sélectionné, un prénom est affiché
ValeurCombo est un entier = COMBO_sel[COMBO_sel]
Résultat1 est une chaîne = ""
Résultat1 = SELON (ValeurCombo, "Zoé", "Emma", "Camille", "Frédéric", SINON "Pas trouvé")
RENVOYER Comment
