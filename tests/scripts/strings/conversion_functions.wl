// Val, NumToString, Charact, Asc.
Trace(Val("12") + 1, Val("3.5") * 2, Val("abc"), Val("  7 "), Val("12abc"))
Trace(NumToString(3.14159, ".3f"), NumToString(42, "6d") + "|", NumToString(-5, "04d"))
Trace(NumToString(255, "x"), NumToString(255, "X"), NumToString(1234.5, "-10.1f") + "|")
Trace(NumToString(7), NumToString(0.5), NumToString(12, "+d"))
Trace(Charact(65) + Charact(233), Asc("a"), Asc("é"), Asc(""))
