// written for the corpus
PROCÉDURE MotsLesPlusFréquents(sTexte est une chaîne, nNb est un entier = 5) : chaîne
taCompte est un tableau associatif d'entiers
tabMots est un tableau de STMotCompte
stM est un STMotCompte
sMot est une chaîne
sRes est une chaîne
i est un entier

sTexte = Minuscule(ChaîneFormate(sTexte, ccSansAccent + ccSansPonctuationNiEspace))
POUR TOUTE CHAÎNE sMot DE sTexte SÉPARÉE PAR " "
	SI Taille(sMot) < 4 ALORS CONTINUER
	taCompte[sMot]++
FIN
POUR TOUT nOcc, sClé DE taCompte
	stM.sMot = sClé
	stM.nOccurrences = nOcc
	TableauAjoute(tabMots, stM)
FIN
TableauTrie(tabMots, ttMembre + ttDécroissant, "nOccurrences")
POUR i = 1 _A_ Min(nNb, TableauOccurrence(tabMots))
	sRes += [", "] + tabMots[i].sMot + " (" + tabMots[i].nOccurrences + ")"
FIN
RENVOYER sRes
