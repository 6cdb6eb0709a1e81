// written for the corpus
PROCEDURE ConvertWeight(rValue is real, sFrom is string, sTo is string) : real
rGrams is real
SWITCH Lower(sFrom)
	CASE "mg": rGrams = rValue / 1000
	CASE "g": rGrams = rValue
	CASE "kg": rGrams = rValue * 1000
	OTHER CASE: ExceptionThrow(1, "Unknown unit: " + sFrom)
END
SWITCH Lower(sTo)
	CASE "mg": RESULT rGrams * 1000
	CASE "g": RESULT rGrams
	CASE "kg": RESULT rGrams / 1000
END
ExceptionThrow(1, "Unknown unit: " + sTo)
