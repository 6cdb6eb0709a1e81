// written for the corpus
// Project initialization
gsUser is string
gbDebug is boolean

IF InTestMode() THEN
	gbDebug = True
	HChangeDir("*", fExeDir() + "\Data")
ELSE
	HChangeDir("*", fDataDirUser() + ["\"] + "SalesApp")
END
HManageIntegrity("*", hIntegrityAll, True)
IF NOT HCreationIfNotFound("*") THEN
	Error("Cannot create the data files", HErrorInfo())
	EndProgram()
END
gsUser = SysUserName()
