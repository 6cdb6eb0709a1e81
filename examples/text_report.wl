// text_report.wl — string processing: parse CSV-like lines, clean them up, and print an
// aligned report. Positions and lengths count characters, accented ones included.

sData is string = [
	name;city;amount
	  Élodie Martin ; Lyon ;1250.5
	Jean Dupont;Paris; 980
	Zoë Bernard ;Nantes;  15
]

nLines is int = StringCount(sData, CR) + 1
rTotal is real
Info("Name            City        Amount")
Info(Repeat("-", 36))
FOR i = 2 TO nLines
	sLine is string = ExtractString(sData, i, CR)
	sName is string = NoSpace(ExtractString(sLine, 1, ";"))
	sCity is string = Upper(NoSpace(ExtractString(sLine, 2, ";")))
	rAmount is real = Val(ExtractString(sLine, 3, ";"))
	rTotal += rAmount
	Info(Complete(sName, 16) + Complete(sCity, 8) + NumToString(rAmount, "12.2f"))
END
Info(Repeat("-", 36))
Info(Complete("Total", 24) + NumToString(rTotal, "12.2f"))

// A few more string functions.
sTitle is string = "the quick brown fox"
sCapitalised is string
FOR EACH sWord OF ["the", "quick", "brown", "fox"]
	IF sCapitalised <> "" THEN sCapitalised += " "
	sCapitalised += Upper(sWord[[1]]) + sWord[[2 TO]]
END
Trace(sCapitalised)
Trace(Replace(sTitle, " ", "_"), Position(sTitle, "brown"), Length(sTitle))
Trace(sTitle [= "the", sTitle =] "fox", sTitle [=] "quick")
