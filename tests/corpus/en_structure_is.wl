// written for the corpus
STOrderLine is Structure
	sReference is string
	nQuantity is int
	mUnitPrice is currency
END

PROCEDURE TotalLines(arrLines is array of STOrderLine) : currency
mTotal is currency
stLine is STOrderLine

FOR EACH stLine OF arrLines
	mTotal += stLine.nQuantity * stLine.mUnitPrice
END
RESULT mTotal
