// A fixed array: its size never changes (PC SOFT: "fixed array of 5 int").
arrDays is fixed array of 7 strings
arrDays[1] = "Monday"
arrDays[7] = "Sunday"
Trace(arrDays[1], arrDays[7], ArrayCount(arrDays))
ArrayAdd(arrDays, "Funday")
