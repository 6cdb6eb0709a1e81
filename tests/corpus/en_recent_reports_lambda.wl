// written for the corpus
// Lists the CSV reports of a folder changed in the last days, newest name first.
PROCEDURE ListRecentReports(sFolder is string, nDays is int = 7) <useful> : array of strings
arrFiles is array of strings
fListFile(sFolder + "\*.csv", (sDir, sFile) => { arrFiles.Add(sFile) })
dLimit is Date = Today()
dLimit..Day -= nDays
arrRecent is array of strings
FOR EACH sFile OF arrFiles
	IF fDate(sFolder + "\" + sFile) >= dLimit THEN Add(arrRecent, sFile)
END
ArraySort(arrRecent, asFunction, (a, b) => {
	// newest first: the file names start with the date
	RESULT -StringCompare(a, b)
})
Trace(`Reports kept: "` + ArrayCount(arrRecent) + `"`)
sSummary is string = [
Recent reports
of the folder
] // shown in the log
Trace(sSummary)
RESULT arrRecent
