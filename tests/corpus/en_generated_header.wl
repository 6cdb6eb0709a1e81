// Summary: Checks that a string only holds digits
// Syntax:
//[ <Result> = ] IsNumeric (<sValue> is string)
//
// Parameters:
//	sValue (ANSI string): value to check
// Return value:
// 	boolean: True if sValue only holds digits
//
// Example:
// IF IsNumeric(EDT_ZipCode) THEN ...
//
PROCEDURE IsNumeric(sValue is string)
IF sValue = "" THEN RESULT False
FOR i = 1 _TO_ Length(sValue)
	IF sValue[[i]] < "0" OR sValue[[i]] > "9" THEN RESULT False
END
RESULT True
