// written for the corpus
PROCEDURE CheckInput() : boolean
sMessage is string
IF EDT_Name = "" THEN sMessage += "- the name" + CR
IF EDT_Email <> "" _AND_ NOT IsValidEmail(EDT_Email) THEN sMessage += "- the email address" + CR
IF COMBO_Country = -1 THEN sMessage += "- the country" + CR
IF sMessage <> "" THEN
	Error("Please check:" + CR + sMessage)
	RESULT False
END
RESULT True
