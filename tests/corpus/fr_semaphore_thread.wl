// written for the corpus
PROCÉDURE TraiteFileAttente()
stTâche est un STTâche
BOUCLE
	SémaphoreDébut("FILE_ATTENTE")
	SI TableauOccurrence(gtabFile) = 0 ALORS
		SémaphoreFin("FILE_ATTENTE")
		SORTIR
	FIN
	stTâche = gtabFile[1]
	TableauSupprime(gtabFile, 1)
	SémaphoreFin("FILE_ATTENTE")

	ExécuteTâche(stTâche)
	ThreadPause(10)
FIN
