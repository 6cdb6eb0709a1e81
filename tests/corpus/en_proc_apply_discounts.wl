// written for the corpus
// Pricing rules held in procedure variables, applied in turn to an order line
PROCEDURE ApplyDiscounts(stLine is STOrderLine, nCustomerCategory is int) : currency
	rule is procedure
	arrRules is array of procedure
	mPrice is currency = stLine.mUnitPrice * stLine.nQuantity

	SWITCH nCustomerCategory
		CASE 1: rule = DiscountRetail
		CASE 2: rule = DiscountWholesale
		CASE 3 TO 5: rule = DiscountPartner
		OTHER CASE: rule = Null
	END
	IF rule <> Null THEN mPrice = rule(mPrice, stLine.nQuantity)

	// Seasonal rules on top
	IF CurrentMonth() IN (11, 12) THEN mPrice = ApplyRule(SeasonalDiscount, mPrice, stLine.nQuantity)
	RESULT Round(mPrice, 2)
END

PROCEDURE ApplyRule(p is procedure, mAmount is currency, nQty is int) : currency
	RESULT p(mAmount, nQty)
END

PROCEDURE DiscountRetail(mAmount, nQty)
	RESULT (nQty >= 10 ? mAmount * 0.95 ELSE mAmount)
END

PROCEDURE DiscountWholesale(mAmount, nQty)
	RESULT mAmount * SWITCH(Min(nQty / 100 + 1, 3), 0.90, 0.85, 0.80, ELSE 1)
END

PROCEDURE DiscountPartner(mAmount, LOCAL nQty)
	RESULT mAmount * 0.75
END

PROCEDURE SeasonalDiscount(mAmount, nQty)
	RESULT mAmount - Min(mAmount * 0.05, 50)
END
