// Paths: fExtractPath, CompleteDir, fSep; directories and file operations.
sPath is string = "C:\Data\2024\clients.csv"
Trace(fExtractPath(sPath, fDrive + fDirectory), fExtractPath(sPath, fFileName + fExtension))
Trace(fExtractPath(sPath, fExtension), fExtraitChemin(sPath, fFichier))
Trace(CompleteDir("/tmp/x"), CompleteDir("/tmp/x/"), fSep())
sDir is string = CompleteDir(fTempPath()) + "wl_paths"
fRemoveDir(sDir, frRecursive)
Trace(fMakeDir(sDir + "/a/b"), fDirectoryExist(sDir + "/a/b"), fFileExist(sDir + "/a/b"))
fSaveText(sDir + "/a/one.txt", "1")
fSaveText(sDir + "/a/two.TXT", "22")
fSaveText(sDir + "/a/b/three.txt", "333")
Trace(fCopyFile(sDir + "/a/one.txt", sDir + "/a/b"), fFileExist(sDir + "/a/b/one.txt"))
Trace(fRename(sDir + "/a/b/one.txt", sDir + "/a/b/uno.txt"), fSize(sDir + "/a/b/uno.txt"))
Trace(Replace(Replace(fListFile(sDir + "/a/*.txt"), sDir, "~"), CR, LF))
Trace(Replace(Replace(fListFile(sDir + "/a/*.txt", frRecursive), sDir, "~"), CR, LF))
Trace(fSize(sDir + "/nothing"), ErrorOccurred, fDelete(sDir + "/nothing"), ErrorOccurred)
Trace(Length(fDate(sDir + "/a/one.txt")), Length(fTime(sDir + "/a/one.txt")))
Trace(fRemoveDir(sDir, frRecursive), fDirectoryExist(sDir))
