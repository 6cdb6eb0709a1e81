// written for the corpus
// Utility: builds the list of opening hours for a week, skipping public holidays
PROCEDURE WeekSchedule(dMonday is Date, arrHolidays is array of Dates) : array of strings
arrResult is array of strings
dDay is Date = dMonday
tOpen is Time = "083000"
tClose is Time = "180000"

LOOP(7)
	nWeekDay is int = DateToDayInWeek(dDay)
	sLine is string = DateToString(dDay, "DDDD DD/MM") + ": "
	IF ArraySeek(arrHolidays, asLinear, dDay) > 0 THEN
		sLine += "closed (public holiday)"
	ELSE
		SWITCH nWeekDay
			CASE 1 TO 5
				sLine += TimeToString(tOpen, "HH:mm") + " - " + TimeToString(tClose, "HH:mm")
			CASE 6
				sLine += TimeToString(tOpen, "HH:mm") + " - 12:30"
			OTHER CASE
				sLine += "closed"
		END
	END
	ArrayAdd(arrResult, sLine)
	dDay = DateTimeToString(dDay + 1)
END
RESULT arrResult
