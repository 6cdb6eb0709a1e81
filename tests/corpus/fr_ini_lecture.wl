// written for the corpus
PROCÉDURE ChargeParamètres()
sFichierINI est une chaîne = fRepExe() + ["\"] + "config.ini"

SI PAS fFichierExiste(sFichierINI) ALORS
	INIEcrit("Serveur", "Adresse", "127.0.0.1", sFichierINI)
	INIEcrit("Serveur", "Port", "4900", sFichierINI)
FIN

gsServeur = INILit("Serveur", "Adresse", "localhost", sFichierINI)
gnPort = Val(INILit("Serveur", "Port", "4900", sFichierINI))
gbModeDebug = (INILit("Options", "Debug", "0", sFichierINI) = "1")
