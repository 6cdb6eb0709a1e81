// written for the corpus
PROCEDURE ToUTF8(sText is string) : Buffer
sUni is string UNICODE = sText
sAnsi is string ANSI = UnicodeToAnsi(sUni)
IF Length(sAnsi) <> Length(sUni) THEN Trace("Lossy conversion")
RESULT StringToUTF8(sUni)
