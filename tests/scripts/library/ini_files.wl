// INIRead and INIWrite: sections and keys ignore case; a missing key gives the default.
sFile is string = fTempPath() + fSep() + "wl_ini_files.ini"
fDelete(sFile)
Trace(INIRead("Server", "Host", "localhost", sFile))
INIWrite("Server", "Host", "smtp.example.com", sFile)
INIWrite("Server", "Port", "587", sFile)
INIWrite("Paths", "Out", "C:\Mail", sFile)
INIWrite("server", "PORT", "465", sFile)
Trace(INIRead("SERVER", "host", "", sFile), INIRead("Server", "Port", "", sFile), INILit("Paths", "Out", "", sFile))
Trace(Replace(fLoadText(sFile), CR, "|"))
fDelete(sFile)
