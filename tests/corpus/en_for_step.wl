// written for the corpus
PROCEDURE Countdown(nStart is int)
FOR i = nStart TO 1 STEP -1
	Trace(i)
END
Trace("Go!")
