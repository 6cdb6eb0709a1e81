// written for the corpus
PROCEDURE PurgeOldFiles(sDir is string, nDays is int)
sFile is string
sList is string
dLimit is Date = Today()
nDeleted is int

dLimit.Day -= nDays
sList = fListFile(sDir + "\*.log", frNotRecursive)
FOR EACH STRING sFile OF sList SEPARATED BY CR
	IF fDate(sFile) < dLimit THEN
		IF fDelete(sFile) THEN nDeleted++
	END
END
RESULT nDeleted
