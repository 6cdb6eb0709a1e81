// fCreate (PC SOFT page 3036017): creates the file, or destroys and re-creates it when it
// exists; the result is the file's number, -1 on failure.
sDir is string = CompleteDir(fTempPath()) + "wl_fcreate_" + GetGUID()
fMakeDir(sDir)
sFile is string = sDir + fSep() + "new.txt"
nFile is int = fCreate(sFile)
Trace(nFile > 0, fFileExist(sFile))
fWriteLine(nFile, "first")
fClose(nFile)
Trace(fLoadText(sFile) = "first" + CR)
// An existing file is destroyed and re-created.
nFile = fCrée(sFile)
Trace(nFile > 0, fSize(sFile))
fWrite(nFile, "second")
fClose(nFile)
Trace(fLoadText(sFile))
// A directory that does not exist: -1 and ErrorOccurred.
Trace(fCreate(sDir + fSep() + "missing" + fSep() + "x.txt"), ErrorOccurred)
fDelete(sFile)
fRemoveDir(sDir)
