// source: help.windev.com "Mechanism of specific exceptions" (syntax), written for the corpus
PROCEDURE LoadSettings(sPath is string)
sContent is string

WHEN EXCEPTION IN
	sContent = fLoadText(sPath)
	ProcessSettings(sContent)
DO
	Error("Settings could not be loaded: " + ExceptionInfo(errMessage))
ELSE
	Trace("Settings loaded from " + sPath)
END
