// written for the corpus
// Click BTN_Archive
sArchive is string = fDataDir() + ["\"] + "Archives"
fMakeDir(sArchive)
fCopyFile(fDataDir() + "\*.fic", sArchive)
ToastDisplay("Archive done")

CASE ERROR:
	Error("Archiving failed", ErrorInfo(errMessage))
