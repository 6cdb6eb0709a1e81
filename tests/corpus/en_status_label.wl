// written for the corpus
PROCEDURE StatusLabel(nStatus is int) : string
SWITCH nStatus
	CASE 0: RESULT "Draft"
	CASE 1: RESULT "Confirmed"
	CASE 2, 3: RESULT "Shipping"
	CASE 4 TO 6
		RESULT "Delivered"
	CASE > 10
		RESULT "Archived"
	OTHER CASE
		RESULT "Unknown status"
END
