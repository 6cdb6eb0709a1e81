// written for the corpus
procédure FormateNomPropre(sNom est une chaîne)
sRes est une chaîne
sMot est une chaîne
Pour Tout Chaîne sMot De sNom Séparée Par " "
	si sRes <> "" alors sRes += " "
	sRes += Majuscule(Gauche(sMot, 1)) + Minuscule(Milieu(sMot, 2))
fin
renvoyer sRes
