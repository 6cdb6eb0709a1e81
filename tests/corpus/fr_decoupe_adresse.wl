// written for the corpus
PROCÉDURE DécoupeAdresse(sAdresse est une chaîne) : STAdresse
stRes est un STAdresse
tabLignes est un tableau de chaînes
sDernière est une chaîne

tabLignes = ChaîneDécoupe(sAdresse, RC)
SI TableauOccurrence(tabLignes) = 0 ALORS RENVOYER stRes

stRes.sRue = tabLignes[1]
sDernière = tabLignes[TableauOccurrence(tabLignes)]
SI Taille(sDernière) > 6 ET EstNumérique(Gauche(sDernière, 5)) ALORS
	stRes.sCodePostal = Gauche(sDernière, 5)
	stRes.sVille = SansEspace(Milieu(sDernière, 6))
FIN
RENVOYER stRes
