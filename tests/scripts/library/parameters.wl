// SaveParameter / LoadParameter keep values between runs in an INI file.
sFile is string = fTempPath() + fSep() + "wl_parameters_test.ini"
fDelete(sFile)
InitParameter(ppINI, sFile)
Trace("[" + LoadParameter("LastRun", "never") + "]")
SaveParameter("LastRun", "20250201")
SaveParameter("Count", 3)
nCount is int = LoadParameter("Count", 0)
Trace(LoadParameter("LastRun"), nCount + 1)
DeleteParameter("LastRun")
Trace(LoadParameter("LastRun", "gone"), Replace(fLoadText(sFile), CR, "|"))
fDelete(sFile)
// StringToArray empties the array, then adds one element per part.
arrN is array of int = [9]
StringToArray("1;22;333", arrN, ";")
Trace(arrN, ArrayToString(arrN, "+"))
