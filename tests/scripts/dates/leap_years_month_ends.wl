// Leap years follow the Gregorian rules: every 4 years, not 1900, but 2000.
d is Date = "20240229"
Trace(d + 365)
d = "20000228"
Trace(d + 1)
d = "19000228"
Trace(d + 1)
Trace(DateValid("19000229"), DateValid("20000229"), DateValid("20250229"), DateValid("20240229"))
Trace(LeapYear(1900), LeapYear(2000), LeapYear(2024), LeapYear(2100))
Trace(LastDayOfMonth("19000201"), LastDayOfMonth("20000201"), LastDayOfMonth("20240201"), LastDayOfMonth("20250201"))
// Month and year ends
d = "20250131"
Trace(d + 1)
d = "20241231"
Trace(d + 1)
d = "20250301"
Trace(d - 1)
d = "20240301"
Trace(d - 1)
// Changing the month keeps the day within the month; a day past the end carries over.
d = "20250131"
d..Month = 2
Trace(d)
d..Day += 1
Trace(d)
Trace(DateDifference("20240101", "20250101"), DateDifference("20250101", "20260101"))
Trace(DateDifference("19000101", "20000101"))
