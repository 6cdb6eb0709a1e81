// written for the corpus
PROCEDURE LoadSettings()
sIniFile is string = fExeDir() + ["\"] + "settings.ini"

IF NOT fFileExist(sIniFile) THEN
	INIWrite("Server", "Address", "127.0.0.1", sIniFile)
	INIWrite("Server", "Port", "4900", sIniFile)
END

gsServer = INIRead("Server", "Address", "localhost", sIniFile)
gnPort = Val(INIRead("Server", "Port", "4900", sIniFile))
