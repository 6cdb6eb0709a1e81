// written for the corpus
PROCEDURE BackupData() : boolean
sArchive is string
MyArchive is zipArchive
nRes is int

sArchive = fDataDir() + ["\"] + "Backup_" + DateSys() + ".zip"
IF NOT zipCreate(MyArchive, sArchive) THEN RESULT False
nRes = zipAddDirectory(MyArchive, fDataDir() + "\DB", True, zipRelativePath)
zipClose(MyArchive)
RESULT (nRes = 0)
