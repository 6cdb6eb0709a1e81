// written for the corpus
PROCÉDURE SansAccent(sTexte est une chaîne) : chaîne
sAvec est une chaîne = "àâäéèêëîïôöùûüç"
sSans est une chaîne = "aaaeeeeiioouuuc"
i est un entier

POUR i = 1 A Taille(sAvec)
	sTexte = Remplace(sTexte, sAvec[[i]], sSans[[i]])
	sTexte = Remplace(sTexte, Majuscule(sAvec[[i]]), Majuscule(sSans[[i]]))
FIN
RENVOYER sTexte
