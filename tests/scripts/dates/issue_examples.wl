// The "customers without an order in 90 days" arithmetic: a Date moves by days, the
// difference of two dates is a Duration (28 days here), and a Date has members.
d is Date = "20250201"
Trace(d - 90)
d2 is Date = "20250301"
Trace((d2 - d)..InDays)
Trace(d2 - d)
Trace(DateDifference(d, d2))
Trace(d + 2)
Trace(d..Year, d..Month, d..Day)
cutoff is Date = d - 90
lastOrder is Date = "20241101"
Trace(lastOrder < cutoff, lastOrder >= cutoff)
IF d2 - d > 27 d THEN Trace("more than 27 days")
