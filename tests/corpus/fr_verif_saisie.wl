// written for the corpus
PROCÉDURE VérifieSaisie() : booléen
sMessage est une chaîne

SI SAI_Nom = "" ALORS sMessage += "- le nom" + RC
SI SAI_Email <> "" _ET_ PAS VérifieEmail(SAI_Email) ALORS sMessage += "- l'adresse email" + RC
SI SAI_DateNaissance > DateDuJour() ALORS sMessage += "- la date de naissance" + RC
SI COMBO_Pays = -1 ALORS sMessage += "- le pays" + RC

SI sMessage <> "" ALORS
	Erreur("Veuillez vérifier :" + RC + sMessage)
	RENVOYER Faux
FIN
RENVOYER Vrai
