// source: doc.pcsoft.fr "Le type Tableau" (exemple), "..." du modèle remplacé par du code
PROCÉDURE DémoTableaux()
// Déclare un tableau initialisé avec les noms des jours de la semaine
TableauJour est un tableau de chaînes = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
// Manipule le tableau
Trace(TableauJour[2]) // Renvoie "Mardi"
// Déclare un tableau d'entiers
TableauValeur est un tableau d'entiers
// Remplit le tableau d'entiers par ajout des valeurs
Ajoute(TableauValeur, 5)
Ajoute(TableauValeur, 10)
Ajoute(TableauValeur, 15)
// Parcourt les valeurs du tableau
POUR TOUT x DE TableauValeur
	// x vaut successivement 5, 10, 15
	Trace(x)
FIN
// Déclare un tableau d'entiers qui s'agrandit tout seul
TableauAuto est un tableau <agrandissement=1> d'entiers
// Agrandit le tableau pour insérer la valeur 1 : 10
TableauAuto[1] = 10
// Agrandit le tableau pour insérer la valeur 2 : 20
TableauAuto[2] = 20
// Agrandit le tableau pour insérer la valeur 3 : 30
TableauAuto[3] = 30
POUR TOUS x DE TableauAuto
	Trace(x)
FIN
