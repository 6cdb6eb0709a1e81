// ArraySeek with its modes and start index: a loop finds each occurrence once.
arr is array of string = ["a", "b", "a", "c", "a"]
n is int = ArraySeek(arr, asLinearFirst, "a")
WHILE n <> -1
	Trace("found at", n)
	n = ArraySeek(arr, asLinearNext, "a", n)
END
Trace(ArraySeek(arr, asLinear, "a", 2), ArraySeek(arr, asLinearLast, "a"), ArraySeek(arr, asLinearPrevious, "a", 5))
Trace(ArraySeek(arr, asLinear, "z"), TableauCherche(arr, tcLinéaireSuivant, "c", 1))
sorted is array of int = [1, 3, 5, 7, 9, 11]
Trace(ArraySeek(sorted, asBinary, 7), ArraySeek(sorted, asBinary, 8))
// On a member of an array of structures.
STRUCTURE City
	sName is string
	nZip is int
END
arrCities is array of City
c is City
c.sName = "Paris"
c.nZip = 75000
ArrayAdd(arrCities, c)
c.sName = "Lyon"
c.nZip = 69000
ArrayAdd(arrCities, c)
Trace(ArraySeek(arrCities, asLinear, "sName", "Lyon"), ArraySeek(arrCities, asLinear, "nZip", 75000))
