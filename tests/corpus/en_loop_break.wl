// written for the corpus
PROCEDURE WaitForFile(sPath is string, nTimeout is int = 30)
nStart is int = TimeToInteger(TimeSys())

LOOP
	IF fFileExist(sPath) THEN BREAK
	IF TimeToInteger(TimeSys()) - nStart > nTimeout * 100 THEN RESULT False
	Multitask(50)
END
RESULT True
