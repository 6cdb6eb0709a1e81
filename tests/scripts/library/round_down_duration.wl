// RoundDown of a Duration: no page at hand, so wl refuses rather than round milliseconds.
d is Duration = 13 min
Trace(RoundDown(d, 5 min))
