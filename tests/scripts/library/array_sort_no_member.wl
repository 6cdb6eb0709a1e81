// An array of structures is not sorted on its printed text: the members must be named.
STRUCTURE Person
	nAge is int
END
arrPeople is array of Person
p is Person
ArrayAdd(arrPeople, p)
ArraySort(arrPeople)
