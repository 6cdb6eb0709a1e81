// written for the corpus
PROCEDURE FreeSlots(dDay is Date, nMinutes is int = 30) : array of strings
arrSlots is array of strings
tCurrent is Time = "0830"
tEnd is Time = "1800"
bFree is boolean
WHILE tCurrent < tEnd
	bFree = True
	FOR EACH Appointment WHERE AppDate = dDay
		IF tCurrent >= Appointment.StartTime AND tCurrent < Appointment.EndTime THEN
			bFree = False
			BREAK
		END
	END
	IF tCurrent >= "1200" AND tCurrent < "1330" THEN bFree = False
	IF bFree THEN ArrayAdd(arrSlots, TimeToString(tCurrent, "HH:MM"))
	tCurrent.Minute += nMinutes
END
RESULT arrSlots
