// written for the corpus
STRUCTURE STAddress
	sStreet is string
	sZipCode is string
	sCity is string
END

PROCEDURE FormatAddress(stAddr is STAddress) : string
RESULT stAddr.sStreet + CR + stAddr.sZipCode + " " + Upper(stAddr.sCity)
