// written for the corpus
PROCEDURE LastUsedFolder() : string
sKey is string = "HKEY_CURRENT_USER\Software\MyCompany\Sales"
sFolder is string = RegistryQueryValue(sKey, "LastFolder")
IF ErrorOccurred _OR_ sFolder = "" _OR_ NOT fDirectoryExist(sFolder) THEN
	sFolder = SysDir(srMyDocuments)
	RegistrySetValue(sKey, "LastFolder", sFolder)
END
RESULT sFolder
