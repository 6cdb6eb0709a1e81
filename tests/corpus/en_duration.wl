// written for the corpus
PROCEDURE TimeProcess()
dhStart is DateTime = SysDateTime()
duElapsed is Duration

RunLongProcess()
duElapsed = SysDateTime() - dhStart
Trace("Done in " + duElapsed.InSeconds + " s")
IF duElapsed > 5 min THEN LogAction("SLOW", DurationToString(duElapsed, "MM:SS"))
