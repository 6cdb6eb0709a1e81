// written for the corpus
PROCEDURE AgeBand(nAge is int) : string
SWITCH nAge
	CASE < 18: RESULT "Minor"
	CASE 18 TO 25: RESULT "Young adult"
	CASE 26 TO 64: RESULT "Adult"
	OTHER CASE: RESULT "Senior"
END
