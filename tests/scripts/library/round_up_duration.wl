// RoundUp of numbers, durations and date-times, with the examples of PC SOFT's page 1000019396.
Trace(RoundUp(-16.238167, 2))
Trace(RoundUp(3.1))
Trace(RoundUp(3.111, 2))
Trace(RoundUp(1.9))
Trace(RoundUp(-1.9))
// Rounding a Duration: cut into periods of 5 minutes, the end of the one holding 13 min.
ResRoundDuration is Duration
ResRoundDuration = RoundUp(13 min, 5 min)
Trace(ResRoundDuration = 15 min, DurationToString(ResRoundDuration, "HH:MM:SS"))
Trace(RoundUp(15 min, 5 min) = 20 min, RoundUp(0 min, 5 min) = 5 min)
// Rounding a DateTime: the day is cut into periods of 7 minutes.
dtMyDateTime is DateTime = "202211041524"
// (PC SOFT's page displays 20221104153100000.)
Trace(DateTimeToString(RoundUp(dtMyDateTime, 7 min)))
// Past midnight: the next day.
dtLate is DateTime = "202212312359"
Trace(DateTimeToString(RoundUp(dtLate, 10 min)))
