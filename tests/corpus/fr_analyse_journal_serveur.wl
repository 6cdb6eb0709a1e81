// written for the corpus
PROCÉDURE AnalyseJournal(sFichierLog est une chaîne) : chaîne
nIdFic est un entier
sLigne, sNiveau, sModule sont des chaînes
taParNiveau est un tableau associatif d'entiers
taParModule est un tableau associatif d'entiers
nTotal est un entier
sRapport est une chaîne
nNb est un entier
sClé est une chaîne

nIdFic = fOuvre(sFichierLog, foLecture)
SI nIdFic = -1 ALORS RENVOYER ""

BOUCLE
	sLigne = fLitLigne(nIdFic)
	SI sLigne = EOT ALORS SORTIR
	nTotal++
	// Format : 2024-03-12 10:15:22 [ERREUR] (Facturation) message
	sNiveau = ExtraitChaîne(ExtraitChaîne(sLigne, 2, "["), 1, "]")
	sModule = ExtraitChaîne(ExtraitChaîne(sLigne, 2, "("), 1, ")")
	SELON sNiveau
		CAS "ERREUR", "FATAL"
			taParNiveau["erreurs"]++
			taParModule[sModule]++
		CAS "AVERT"
			taParNiveau["avertissements"]++
		AUTRE CAS
			taParNiveau["autres"]++
	FIN
FIN
fFerme(nIdFic)

sRapport = "[%nTotal%] lignes analysées" + RC
POUR TOUT nNb, sClé DE taParNiveau
	sRapport += [RC] + "  " + sClé + " : " + nNb
FIN
sRapport += RC + "Erreurs par module :"
POUR TOUT nNb, sClé DE taParModule
	sRapport += RC + "  - " + (sClé = "" ? "(sans module)" SINON sClé) + " : " + nNb
FIN
RENVOYER sRapport
