// written for the corpus
PROCEDURE Checksum(bufData is Buffer) : unsigned 4-byte int
nSum is unsigned 4-byte int
nPos is system int
FOR nPos = 1 _TO_ Length(bufData)
	nSum = BinaryXOR(nSum, Asc(bufData[[nPos]]))
END
RESULT nSum
