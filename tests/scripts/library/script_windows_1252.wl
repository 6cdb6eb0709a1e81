// Saved in Windows-1252: the accents read right.
sName is string = "Hélène"
Trace(sName, Length(sName))
