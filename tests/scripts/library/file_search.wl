// fDir (PC SOFT page 3036056): finds a file or a directory, wildcards allowed; with "" the
// next match, which lists a directory.
sDir is string = CompleteDir(fTempPath()) + "wl_fdir"
fRemoveDir(sDir, frRecursive)
fMakeDir(sDir + "/Docs")
fSaveText(sDir + "/b.doc", "b")
fSaveText(sDir + "/a.DOC", "a")
fSaveText(sDir + "/c.txt", "c")
// The examples of the page: a file by its name, with or without frFile; a directory.
Trace(fDir(sDir + "/c.txt"), fDir(sDir + "/c.txt", frFile), fDir(sDir + "/Docs/", frDirectory))
// A file is not found as a directory, nor a directory as a file.
Trace("[" + fDir(sDir + "/c.txt", frDirectory) + "]", "[" + fDir(sDir + "/Docs") + "]")
// Every ".doc" file, one by one ("*" and "?" ignore case, as on Windows).
sFile is string = fDir(sDir + "/*.doc")
WHILE sFile <> ""
	Trace(sFile)
	sFile = fDir("")
END
// Files and directories together.
sFile = fDir(sDir + "/*", frFile + frDirectory)
WHILE sFile <> ""
	Trace(sFile)
	sFile = fDir("")
END
// Nothing found is not a failure.
Trace("[" + fDir(sDir + "/none/*.doc") + "]", ErrorOccurred)
fRemoveDir(sDir, frRecursive)
