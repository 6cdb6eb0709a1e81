// written for the corpus (FOR ALL / FOR EACH / FOR ALL ELEMENT are synonyms, per PC SOFT's FOR EACH pages)
PROCEDURE SumAll(arrValues is array of int) : int
nTotal is int
FOR ALL n OF arrValues
	nTotal += n
END
FOR EACH ELEMENT n OF arrValues
	IF n < 0 THEN Trace("negative value: " + n)
END
RESULT nTotal
