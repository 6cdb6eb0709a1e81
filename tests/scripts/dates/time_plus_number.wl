// Adding a bare number to a time does not say which unit: an error, with the fix.
t is Time = "1200"
Trace(t + 10)
