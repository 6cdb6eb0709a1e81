// Which unit an int would hold is not written: reading a Duration into an int is an error
// that names the members to use.
d is Date = "20250201"
d2 is Date = "20250301"
Trace((d2 - d)..InDays)
n is int = d2 - d
