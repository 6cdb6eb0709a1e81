// Text files in Windows-1252 (ANSI), UTF-16 LE (Unicode) and UTF-8, with and without a
// byte order mark: each reads back as the same text.
sText is string = "Hélène;Müller;€ 12"
sDir is string = fTempPath() + fSep() + "wl_file_encodings"
fMakeDir(sDir)
sAnsi is string = sDir + fSep() + "ansi.csv"
fSaveText(sAnsi, sText, foAnsi)
Trace(fSize(sAnsi), fLoadText(sAnsi) = sText, fLoadText(sAnsi, foAnsi) = sText, ErrorOccurred)
// Read as UTF-8, a Windows-1252 file is an error, never replacement characters.
Trace("[" + fLoadText(sAnsi, foUTF8) + "]", ErrorOccurred)
sUnicode is string = sDir + fSep() + "unicode.txt"
fSaveText(sUnicode, sText, foUnicode)
Trace(fSize(sUnicode), fLoadText(sUnicode) = sText, fLoadText(sUnicode, foUnicode) = sText)
sUtf8 is string = sDir + fSep() + "utf8.txt"
fSaveText(sUtf8, sText)
fAddText(sUtf8, CR + "ligne 2")
Trace(fSize(sUtf8), ExtractLine(fLoadText(sUtf8), 2))
// A character that ANSI does not have is an error, not a "?".
Trace(fSaveText(sDir + fSep() + "bad.txt", "日本", foAnsi), ErrorOccurred)
// Line by line, with fOpen.
f is int = fOpen(sAnsi + ".lines", foCreate + foAnsi)
fWriteLine(f, "première")
fWriteLine(f, "")
fWriteLine(f, "troisième")
fClose(f)
f = fOpen(sAnsi + ".lines", foRead + foAnsi)
sLine is string = fReadLine(f)
WHILE sLine <> EOT
	Trace("[" + sLine + "]")
	sLine = fReadLine(f)
END
fClose(f)
Trace(fRemoveDir(sDir, frRecursive), fDirectoryExist(sDir))
