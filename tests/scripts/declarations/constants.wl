// CONSTANT blocks and single constants; constants may use other constants.
CONSTANT
	VAT = 0.2
	PRICE = 100
	PRICE_WITH_VAT = PRICE * (1 + VAT)
	LABEL = "Total: "
END
CONSTANT MAX_RETRIES = 3
Trace(LABEL + PRICE_WITH_VAT, MAX_RETRIES)
Trace(Describe())
PROCEDURE Describe()
	RESULT "retries=" + MAX_RETRIES
END
