// fSaveText, fAddText, fLoadText, fFileExist, fDelete.
sPath is string = "/tmp/wl_golden_text_files.txt"
fDelete(sPath)
Trace(fFileExist(sPath))
Trace(fSaveText(sPath, "line 1" + CR))
Trace(fAddText(sPath, "line 2" + CR))
Trace(fFileExist(sPath), Length(fLoadText(sPath)))
Trace(Replace(fLoadText(sPath), CR, "/"))
Trace(fDelete(sPath), fFileExist(sPath))
Trace(fDelete(sPath), ErrorOccurred)
Trace(fSaveText("/nonexistent-wl-dir/x.txt", "x"), ErrorOccurred)
