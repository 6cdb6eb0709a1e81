// written for the corpus
PROCÉDURE ContrôleFicheSalarié() : booléen
tabErreurs est un tableau de chaînes
sChamp est une chaîne
nAge est un entier

// Champs obligatoires
POUR TOUTE CHAÎNE sChamp DE "SAI_Nom,SAI_Prénom,SAI_DateNaissance,SAI_NuméroSS" SÉPARÉE PAR ","
	SI {sChamp, indChamp} = "" ALORS
		TableauAjoute(tabErreurs, {sChamp, indChamp}..Libellé + " est obligatoire")
		{sChamp, indChamp}..CouleurFond = RougeClair
	SINON
		{sChamp, indChamp}..CouleurFond = Blanc
	FIN
FIN

// Cohérence
SI SAI_DateNaissance <> "" ALORS
	nAge = CalculeAge(SAI_DateNaissance)
	SI nAge < 16 OU nAge > 75 ALORS TableauAjoute(tabErreurs, "Âge incohérent (" + nAge + " ans)")
FIN
SI SAI_NuméroSS <> "" _ET_ Taille(Remplace(SAI_NuméroSS, " ", "")) <> 15 ALORS
	TableauAjoute(tabErreurs, "Le numéro de sécurité sociale doit comporter 15 caractères")
FIN
SI SAI_DateEntrée <> "" ET SAI_DateSortie <> "" ET SAI_DateSortie < SAI_DateEntrée ALORS
	TableauAjoute(tabErreurs, "La date de sortie précède la date d'entrée")
FIN

SI TableauOccurrence(tabErreurs) > 0 ALORS
	Erreur("La fiche contient des erreurs :", TableauVersChaîne(tabErreurs, RC))
	RENVOYER Faux
FIN
RENVOYER Vrai
