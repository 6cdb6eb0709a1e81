// written for the corpus
PROCEDURE DirectorySize(sDir is string) : 8-byte int
nTotal is 8-byte int
sFile is string

FOR EACH STRING sFile OF fListFile(sDir + "\*.*", frNotRecursive) SEPARATED BY CR
	nTotal += fSize(sFile)
END
FOR EACH STRING sFile OF fListDirectory(sDir + "\*.*", frNotRecursive) SEPARATED BY CR
	nTotal += DirectorySize(sFile)
END
RESULT nTotal
