// Add, Insert, Delete, Seek: the generic names of the array functions, English and French.
arrNames is array of string
Add(arrNames, "Paul")
Ajoute(arrNames, "Zoé")
Insert(arrNames, 1, "Ann")
Trace(arrNames, Seek(arrNames, asLinear, "Zoé"))
Delete(arrNames, 2)
Supprime(arrNames, 1)
Trace(arrNames)
DeleteAll(arrNames)
Trace(ArrayCount(arrNames))
