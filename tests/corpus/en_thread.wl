// written for the corpus
PROCEDURE StartSync()
IF ThreadState("SYNC") = threadRunning THEN
	Info("A synchronization is already running.")
	RETURN
END
ThreadExecute("SYNC", threadNormal, SynchronizeServer)
PROGBAR_Progress..Visible = True
