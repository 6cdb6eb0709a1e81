// written for the corpus
CONSTANT
	VAT_STANDARD = 20
	VAT_REDUCED = 5.5
END

PROCEDURE IncludingTax(mNet is currency, bReduced is boolean = False) : currency
rRate is real = (bReduced ? VAT_REDUCED ELSE VAT_STANDARD)
RESULT mNet * (1 + rRate / 100)
