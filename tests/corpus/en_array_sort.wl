// written for the corpus
PROCEDURE SortNames()
arrNames is array of strings
sName is string

ArrayAdd(arrNames, "Smith")
ArrayAdd(arrNames, "Jones")
arrNames.Add("Brown")
ArraySort(arrNames, asAscending)

FOR EACH sName OF arrNames
	Trace(sName)
END
