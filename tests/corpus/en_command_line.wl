// written for the corpus
// Project initialization
sParam is string
i is int = 1

sParam = CommandLine(i)
WHILE sParam <> ""
	SWITCH Lower(sParam)
		CASE "/silent", "-s": gbSilent = True
		CASE "/file"
			i++
			gsFileToImport = CommandLine(i)
		OTHER CASE
			Trace("Unknown parameter: " + sParam)
	END
	i++
	sParam = CommandLine(i)
END
