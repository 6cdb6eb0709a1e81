// PC SOFT's table of operations: a date, time or date-time plus or minus a duration keeps
// its type; two dates, times or date-times subtract to a Duration; adding two of them
// concatenates their strings (DateSys() + TimeSys() is a date-time string).
StartDateTime is DateTime = "200112051530"
EndDateTime is DateTime = "200112051730"
ConferenceDuration is Duration = EndDateTime - StartDateTime
Trace(ConferenceDuration.InMinutes, ConferenceDuration)
Trace(EndDateTime + ConferenceDuration, EndDateTime - 3 h)
Trace(StartDateTime + 1 d 30 min)
StartTime is Time = "0117"
EndTime is Time = "2353"
duMyDuration is Duration = EndTime - StartTime
Trace(duMyDuration.InHours, duMyDuration.InMinutes)
Trace(StartTime - EndTime)
Trace(EndTime + 30 min)
d is Date = "20250201"
t is Time = "1430"
Trace(d + t)
dt is DateTime = d + t
Trace(dt, dt..Hour)
// A date plus a duration ignores the duration's time part.
Trace(d + 36 h, d - 36 h)
Trace(dt - d, (dt - d)..InMinutes)
// Durations add, scale and compare.
a is Duration = 90 min
Trace(a + 30 min = 2 h, a * 2, a / 2, a / 30 min, -a)
Trace(a > 1 h, a < 1 h, 1500 ms < 2 s, 1.5 h = 90 min)
// Comparisons with strings read the string as the same kind.
Trace(d = "20250201", d < "20250202", t > "1200", dt = "202502011430")
Trace(d < dt, d = "20250201")
// Text around a date: concatenation, as with strings.
Trace("Order of " + d, d + " (Saturday)")
Trace(Length(d), Left(t, 2), Length(dt))
