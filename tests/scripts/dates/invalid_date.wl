// A string that is not a date is refused when assigned to a Date, never kept as text.
d is Date = "20250201"
Trace(d)
d = "not a date"
Trace("not reached")
