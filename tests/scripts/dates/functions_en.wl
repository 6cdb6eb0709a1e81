// PC SOFT's documented examples, English names. Pages: DateToString https://doc.pcsoft.fr/?3027025,
// DateTimeToString https://doc.pcsoft.fr/fr-FR/?1000025516, DurationToString
// https://doc.windev.com/en-US/?3027007, DateTimeDifference ("Left(Diff, 8)" days).
Trace(DateToString("20191225"))
Trace(DateToString(IntegerToDate(73773)))
Trace("[" + DateToString("") + "]")
Trace(DateToString("20191225", "MM-DD-YYYY"))
Trace(DateToString("20031202", "DDD DD MMM YYYY"))
Trace(DateToString("20031202", "DDDD DD MMMM YYYY"))
Trace(DateTimeToString("201912251715"))
Trace(DateTimeToString("201912251715", "MM-DD-YYYY HH:mm"))
Trace(TimeToString("1715"), TimeToString("143512", "HH:MM"))
Trace(DateToInteger("20011225"), DateToInteger("18000101"), IntegerToDate(1))
Trace(DateToWeekNumber("20011225"), WeekNumber("20011225"))
// ISO week numbers around new year: 1 January 2021 is in week 53 of 2020.
Trace(WeekNumber("20210101"), WeekNumber("20210104"), WeekNumber("20191231"))
Trace(DateToWeekNumber("20210101"), DateToWeekNumber("20210104"))
Trace(DateToDay("20250201"), DateToDayInAlpha("20250201"), DateToMonthInAlpha("20250201"))
Trace(IntegerToDayInAlpha(73773), IntegerToMonthInAlpha(73773))
Trace(FirstDayOfMonth("20250215"), LastDayOfMonth("20250215"))
Trace(FirstDayOfWeek("20250201"), LastDayOfWeek("20250201"))
Trace(DateTimeDifference("199801011215", "199801031300"))
Trace(DateTimeDifference("199801031300", "199801011215"))
Diff is string = DateTimeDifference("199801011215", "199801031300")
Duration1 is Duration = StringToDuration(Diff, durationCenti)
Trace(Duration1.Day, Duration1.Hour, Duration1.Minute)
Trace(TimeDifference("1200", "1330"), TimeToInteger("01000000"), IntegerToTime(360000))
Trace(TimeValid("2359"), TimeValid("2400"), TimeValid("1260"))
Trace(StringToDate("25/12/2019"), StringToDate("12-25-2019", "MM-DD-YYYY"))
Trace(StringToDate("2 December 2003", "D MMMM YYYY"))
x is variant = StringToDate("31/02/2019")
Trace(ErrorOccurred)
// PC SOFT's DurationToString example: 12:53:24 to 14:08:52 is 1 h 15 min 28 s.
StartTime is Time = "125324"
EndTime is Time = "140852"
MyDuration is Duration = EndTime - StartTime
Trace(DurationToString(MyDuration, durationCenti), DurationToString(MyDuration, "D-HH:MM"))
Trace(DurationToString(StartTime - EndTime, "+HH:MM:SS.CCC"), DurationToString(2 d 3 h, "D days, HH hours"))
