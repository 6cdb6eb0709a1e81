// dbgAssert passes silently when true; Multitask and ThreadPause wait; ExeRun runs a program
// and waits for it with exeWait; EndProgram ends the script, even inside WHEN EXCEPTION.
dbgAssert(1 + 1 = 2, "arithmetic")
Multitask(1)
ThreadPause(1)
Multitask(-1)
sFile is string = fTempPath() + fSep() + "wl_system_exerun.txt"
fDelete(sFile)
Trace(ExeRun("touch """ + sFile + """", exeActive, exeWait), fFileExist(sFile))
fDelete(sFile)
Trace(ExeRun("/no/such/program"), ErrorOccurred)
WHEN EXCEPTION IN
	dbgAssert(False, "the total must be positive")
DO
	Trace(ExceptionInfo())
END
WHEN EXCEPTION IN
	Stop()
DO
	Trace("not caught")
END
Trace("not reached")

PROCEDURE Stop()
	Trace("stopping")
	EndProgram()
	Trace("not reached")
END
