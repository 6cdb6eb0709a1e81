// NumToString formats, with PC SOFT's documented examples first.
Trace(NumToString(123))
Trace(NumToString(1.23))
Trace("[" + NumToString(12345.5, "+10.2f") + "]")
Trace("[" + NumToString(12345.5, "-+10.2f") + "]")
Trace("[" + NumToString(12345.5, "+010.2f") + "]")
Trace("[" + NumToString(12345.5, "010.2f") + "]")
Trace("[" + NumToString(12345.5, "10.2fS") + "]")
Trace("[" + NumToString(12345.5, "10,2fS") + "]")
Trace(NumToString(123, "05d"))
// Half away from zero, like Round.
Trace(NumToString(2.5, ".0f"), NumToString(3.5, ".0f"), NumToString(-2.5, ".0f"), NumToString(2.675, ".2f"))
Trace(NumToString(2.5, "d"), NumToString(1234567, "dS"), NumToString(255, "X"), NumToString(255, "x"))
c is currency = 1234.5678
Trace(NumToString(c, ".2f"), NumériqueVersChaîne(c, "12.3f"))
Trace(NumToString("abc", ".2f"))
// Exponent formats round half away from zero too; a length or precision of 100 or more is an error.
Trace(NumToString(2.5, ".0e"), NumToString(12345.678, ".2e"), NumToString(9.999, ".2e"), NumToString(0.00012345, "e"), NumToString(-1500, ".1E"))
WHEN EXCEPTION IN
	Trace(NumToString(1, ".100f"))
DO
	Trace(ExceptionInfo(errMessage))
END
