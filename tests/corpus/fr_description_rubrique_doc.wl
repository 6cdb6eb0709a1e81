// source: doc.pcsoft.fr "Le type Description de Rubrique" (exemple)
PROCÉDURE DécritFichierClient()
MaRubrique est une Description de Rubrique
MaRubrique1, MaRubrique2 sont des Descriptions de Rubrique
MonFichier est une Description de Fichier

// Description du fichier UnFichier
MonFichier.Nom = "UnFichier"
MonFichier.Type = hFichierNormal

// Description de la rubrique "NOM"
MaRubrique.Nom = "NOM"
MaRubrique.Type = hRubTexte
MaRubrique.Taille = 40
MaRubrique.TypeClé = hCléUnique
// Validation de la description de la rubrique "NOM"
HDécritRubrique(MonFichier, MaRubrique)

MaRubrique1.Nom = "VILLE"
MaRubrique1.Type = hRubTexte
MaRubrique1.Taille = 30
HDécritRubrique(MonFichier, MaRubrique1)

// Validation de la description du fichier UnFichier
HDécritFichier(MonFichier)
