// written for the corpus
PROCEDURE PRIVATE ComputeDiscount(mAmount is currency, nRatePercent is int <useful>) : currency
IF nRatePercent <= 0 THEN RESULT 0
RESULT Round(mAmount * nRatePercent / 100, 2)
