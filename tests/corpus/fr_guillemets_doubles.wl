// written for the corpus
PROCÉDURE RequêteRecherche(sNom est une chaîne) : chaîne
sNom = Remplace(sNom, "'", "''")
RENVOYER "SELECT * FROM Client WHERE Nom LIKE '" + sNom + "%' AND Commentaire <> ""aucun"""
