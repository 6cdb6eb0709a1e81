// source: help.windev.com "fWatchFile (Function)" and "WLanguage procedure called by fWatchFile" (example)
// Name of the file to watch
sFileName is string = "C:\Temp\MyDir\MyFile.extension"
// The ProcessModification procedure will be called when the
// "C:\Temp\MyDir\MyFile.extension" file is modified.
IF fWatchFile(sFileName, fWatchFile_Callback, ...
		fwCreateFile + fwModifyFile + fwDeleteFile +  ...
		fwRename) THEN
	// Notifies the user that the file will be watched
	Info("The " + sFileName + " file will be watched.")
ELSE
	// Notifies the user that the file will not be watched
	Info("The " + sFileName + " file will not be watched.")
END

// Code of the procedure
INTERNAL PROCEDURE fWatchFile_Callback(sFullName, sFileName, nAction, sOldFileName)
	sActionDesignation is string
	// The designation of the action depends on nAction
	SWITCH nAction
		CASE fwCreateFile: sActionDesignation = "Creating files"
		CASE fwDeleteFile: sActionDesignation = "Deleting files"
		CASE fwModifyFile: sActionDesignation = "Modifying files"
		CASE fwRename: sActionDesignation = "Renaming files"
	END
	// Add a line containing the information about the modification
	// in the TABLE_MODIFICATIONS control
	TableAddLine(TABLE_MODIFICATIONS, sFullName, sFileName, ...
		sActionDesignation, sOldFileName)
END
