// written for the corpus
// Initialization of WIN_Main
sLastUser is string
nWidth, nHeight are int
arrRecent is array of strings
sFile is string

// Restore the window size and position
nWidth = Val(INIRead("Window", "Width", "1024", gsIniFile))
nHeight = Val(INIRead("Window", "Height", "768", gsIniFile))
IF nWidth > 0 AND nHeight > 0 THEN
	MyWindow..Width = nWidth
	MyWindow..Height = nHeight
END
IF INIRead("Window", "Maximized", "0", gsIniFile) = "1" THEN Maximize()

// Title and status bar
MyWindow..Title = ProjectInfo(piProjectName) + " - " + ExeInfo(exeVersion)
sLastUser = INIRead("Session", "LastUser", "", gsIniFile)
IF sLastUser <> "" THEN
	MyWindow..Message = "Last user: " + sLastUser
END

// Most recently used files
ListDeleteAll(LIST_Recent)
FOR i = 1 _TO_ 10
	sFile = INIRead("Recent", "File" + i, "", gsIniFile)
	IF sFile = "" THEN BREAK
	IF fFileExist(sFile) THEN
		ArrayAdd(arrRecent, sFile)
		ListAdd(LIST_Recent, fExtractPath(sFile, fFileName + fExtension), sFile)
	END
END
LIST_Recent..Visible = (arrRecent.Count > 0)

// Rights of the current user
SWITCH gnUserLevel
	CASE 0 // administrator
		BTN_Settings..State = Active
		BTN_Users..State = Active
	CASE 1, 2
		BTN_Settings..State = Active
		BTN_Users..State = Grayed
	OTHER CASE
		BTN_Settings..State = Grayed
		BTN_Users..Visible = False
END

// Automatic refresh every minute
TimerSys(RefreshCounters, 6000, 1)
RefreshCounters()

// Offline mode
IF NOT NetIPAddress() THEN
	LBL_Offline..Visible = True
	ToastDisplay("You are working offline", toastShort, vaMiddle, haCenter)
END
