// written for the corpus
PROCEDURE Interest(mCapital is currency, rRate is real, nMonths is int) : currency
nMonthly is numeric (20,10)
nMonthly = rRate / 100 / 12
RESULT Round(mCapital * ((1 + nMonthly) ^ nMonths - 1), 2)
