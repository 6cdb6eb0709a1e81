// written for the corpus
PROCEDURE DataDirectory() : string
sDir is string

<COMPILE IF TargetConfiguration = "Windows 64-bit">
	sDir = SysDir(srCommonAppData) + ["\"] + "MyApp"
<ELSE>
	sDir = fExeDir()
<END>

IF NOT fDirectoryExist(sDir) THEN fMakeDir(sDir)
RESULT sDir
