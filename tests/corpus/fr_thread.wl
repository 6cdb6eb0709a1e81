// written for the corpus
PROCÉDURE LanceSynchro()
SI ThreadEtat("SYNCHRO") = threadExécution ALORS
	Info("Une synchronisation est déjà en cours.")
	RETOUR
FIN
ThreadExécute("SYNCHRO", threadNormal, SynchroniseServeur)
JAUGE_Progression..Visible = Vrai
