// source: doc.windev.com "SWITCH statement" (examples), English keywords
PROCEDURE QuantityComment(Quantity is int, Value is int)
Comment is string

SWITCH Quantity
	CASE 1: Comment = "Take advantage of our promotions: 2 products for the price of one"
	CASE 2: Comment = "You buy two products: you only pay for one"
	OTHER CASE: Comment = ""
END

SWITCH Value
	CASE 10: Trace(10)
	CASE 10<*<20: Trace("Between 10 and 20")
	CASE >30: Trace("Greater than 30")
END

SWITCH Quantity
	CASE TO 8: // Value less than or equal to 8
		Comment = "A gift for any purchase"
	CASE 9,10: // Value equal to 9 or 10
		Comment = "2 products for the price of one"
	CASE 11 TO 20 // Value between 11 and 20 (inclusive)
		Comment = "You only pay for one"
	CASE > 20: // Value greater than 20
		Comment = ""
END

nComboValue is int = COMBO_Sel[COMBO_Sel]
Result1 is string = SWITCH(nComboValue, "Zoé", "Emma", "Camille", "Frédéric", ELSE "Not found")
RESULT Comment
