// written for the corpus
// Closing WIN_Edit
IF MyWindow..Modified THEN
	SWITCH Dialog("Save the changes?", ["Save", "Don't save", "Cancel"], 1, 3, dlgIconQuestion)
		CASE 1: ExecuteProcess(BTN_Save, trtClick)
		CASE 2: // close without saving
		CASE 3: RETURN
	END
END
