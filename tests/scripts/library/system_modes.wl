// InLinuxMode (EnModeLinux) and InWindowsMode (EnModeWindows): where the script runs. The
// expected output is Linux's, where the golden tests run.
Trace(InLinuxMode(), InWindowsMode())
Trace(EnModeLinux(), EnModeWindows())
// ExeRun's fourth parameter is the program's working directory.
sDir is string = fTempPath() + fSep() + "wl_exerun_dir"
fMakeDir(sDir)
Trace(ExeRun("touch made_here.txt", exeActive, exeWait, sDir))
Trace(fFileExist(sDir + fSep() + "made_here.txt"))
Trace(LanceAppli("rm made_here.txt", exeActif, exeAttend, sDir), fFileExist(sDir + fSep() + "made_here.txt"))
// Without waiting (exeDontWait, exeNePasAttendre, exeNonBloquant): True when it started.
Trace(ExeRun("true", exeActive, exeDontWait), LanceAppli("true", exeActif, exeNonBloquant, sDir))
// A program that cannot be started: False and ErrorOccurred, not a fatal error.
Trace(ExeRun("wl_no_such_program_here"), ErrorOccurred)
Trace(ExeRun("true", exeActive, exeWait, sDir + fSep() + "missing"), ErrorOccurred)
fRemoveDir(sDir)
