// Appending one character at a time: must be linear in the count (300,000 by default;
// the count may be given on the command line).
nCount is int = 300000
IF CommandLine(1) <> "" THEN nCount = Val(CommandLine(1))
s is string
FOR i = 1 TO nCount
	s += "x"
END
Trace(Length(s))
