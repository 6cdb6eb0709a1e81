// Val reads a number at the start of a string; its optional base reads integers in base 2 to 36.
Trace(Val("12"), Val(" 12.5 "), Val("12abc"), Val("abc"), Val("-7"))
Trace(Val("FF", 16), Val("ff", 16), Val("0x1f", 16), Val("101", 2), Val("777", 8), Val("12", 10))
Trace(Val("-1010", 2), Val("12xyz", 16), Val("z", 36), Val("2", 2))
WHEN EXCEPTION IN
	Trace(Val("12", 1))
DO
	Trace(ExceptionInfo(errMessage))
END
