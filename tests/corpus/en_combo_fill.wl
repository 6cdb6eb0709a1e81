// written for the corpus
PROCEDURE FillCountryCombo()
ListDeleteAll(COMBO_Country)
FOR EACH Country ON Label
	ListAdd(COMBO_Country, Country.Label + gLink(Country.ISOCode))
END
COMBO_Country = ListSeek(COMBO_Country, "France")
