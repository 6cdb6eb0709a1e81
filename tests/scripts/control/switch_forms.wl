// SWITCH with values, lists, ranges, comparisons, strings and OTHER CASE.
PROCEDURE Classify(x)
	SWITCH x
		CASE 0: RESULT "zero"
		CASE 1, 2, 3: RESULT "few"
		CASE 4 TO 10: RESULT "several"
		CASE < 0: RESULT "negative"
		CASE >= 1000: RESULT "huge"
		OTHER CASE: RESULT "many"
	END
END
FOR EACH v OF [0, 2, 7, -3, 5000, 50]
	Trace(v, Classify(v))
END
sLang is string = "de"
SWITCH sLang
	CASE "fr"
		Trace("Bonjour")
	CASE "de", "at"
		Trace("Hallo")
		Trace("(German)")
	OTHER CASE
		Trace("Hello")
END
SWITCH "z"
	CASE "a" TO "m": Trace("first half")
	CASE "n" TO "z": Trace("second half")
END
