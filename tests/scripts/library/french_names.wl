// Les noms français des fonctions de chaînes, de tableaux et de fichiers.
sTexte is string = "Bonjour le monde"
Trace(Gauche(sTexte, 7), Droite(sTexte, 5), Milieu(sTexte, 9, 2), Taille(sTexte))
Trace(Position(sTexte, "MONDE", 1, SansCasse), Remplace(sTexte, "le", "tout le", MotComplet))
Trace(ChaîneConstruit("%1 et %2", "Paul", "Zoé"), RépèteChaîne("ab", 2), Complète("7", 3, "0"))
Trace(Majuscule("élan"), Minuscule("ÉLAN"), ExtraitChaîne("a;b;c", 2, ";"))
tabNoms is array of strings
Ajoute(tabNoms, "Zoé")
TableauAjoute(tabNoms, "Ann")
TableauTrie(tabNoms, ttDécroissant)
Trace(tabNoms, TableauCherche(tabNoms, tcLinéaire, "Ann"), TableauOccurrence(tabNoms))
sFichier is string = fTempPath() + fSep() + "wl_noms_francais.txt"
fSauveTexte(sFichier, "première ligne" + RC + "deuxième", foAnsi)
nFic is int = fOuvre(sFichier, foLecture + foAnsi)
Trace(fLitLigne(nFic), fLitLigne(nFic), fLitLigne(nFic) = EOT)
fFerme(nFic)
Trace(fTaille(sFichier), fChargeTexte(sFichier) = "première ligne" + RC + "deuxième")
fSupprime(sFichier)
Trace(fFichierExiste(sFichier), fExtraitChemin("/a/b/c.txt", fFichier + fExtension))
