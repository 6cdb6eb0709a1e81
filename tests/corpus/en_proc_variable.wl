// written for the corpus
PROCEDURE ApplyToAll(arrValues is array of int, pTransform is procedure)
FOR i = 1 _TO_ arrValues.Count
	arrValues[i] = pTransform(arrValues[i])
END
