// written for the corpus (no newline at the end of the file)
PROCEDURE BackupPath() : string
sDir is string = fDataDir()
IF Right(sDir, 1) <> "\" THEN sDir += "\"
RESULT sDir + "Backups\"