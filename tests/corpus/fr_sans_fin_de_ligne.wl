// written for the corpus (no newline at the end of the file)
PROCÉDURE CheminSauvegarde() : chaîne
sRep est une chaîne = fRepDonnées()
SI Droite(sRep, 1) <> "\" ALORS sRep += "\"
RENVOYER sRep + "Sauvegardes\" // fin