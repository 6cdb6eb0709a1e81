// written for the corpus
PROCÉDURE ConvertitPourExport(sTexte est une chaîne) : Buffer
sAnsi est une chaîne ANSI
sUni est une chaîne UNICODE
bufUTF8 est un Buffer

sUni = sTexte
sAnsi = UnicodeVersAnsi(sUni)
bufUTF8 = ChaîneVersUTF8(sUni)
SI Taille(sAnsi) <> Taille(sUni) ALORS Trace("Conversion avec perte")
RENVOYER bufUTF8
