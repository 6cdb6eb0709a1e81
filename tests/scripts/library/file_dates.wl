// fDate and fTime give the last modification as "YYYYMMDD" and "HHMMSSCC" strings, which
// Date and Time variables take as they are.
sFile is string = fTempPath() + fSep() + "wl_file_dates.txt"
fSaveText(sFile, "x")
dModified is Date = fDate(sFile)
tModified is Time = fTime(sFile)
Trace(Length(fDate(sFile)), Length(fTime(sFile)), DateValid(fDate(sFile)), TimeValid(fTime(sFile)))
Trace(dModified = Today(), DateDifference(dModified, Today()) = 0)
dFrench is Date = fDate(sFile)
tFrench is Time = fHeure(sFile)
Trace(dFrench = dModified, tFrench = tModified)
fDelete(sFile)
Trace(fDate(sFile) = "", ErrorOccurred)
