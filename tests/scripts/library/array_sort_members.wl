// ArraySort on an array of structures sorts on the members named, numbers as numbers.
STRUCTURE Person
	sName is string
	nAge is int
END
arrPeople is array of Person
p is Person
p.sName = "Ann"
p.nAge = 10
ArrayAdd(arrPeople, p)
p.sName = "Bob"
p.nAge = 100
ArrayAdd(arrPeople, p)
p.sName = "Cid"
p.nAge = 9
ArrayAdd(arrPeople, p)
p.sName = "Abe"
p.nAge = 10
ArrayAdd(arrPeople, p)
ArraySort(arrPeople, asMember, "+nAge")
FOR EACH x OF arrPeople
	Trace(x.nAge, x.sName)
END
ArraySort(arrPeople, asMember, "-nAge;+sName")
FOR EACH x OF arrPeople
	Trace(x.nAge, x.sName)
END
// French names.
TableauTrie(arrPeople, ttMembre, "sName")
Trace(arrPeople[1].sName, arrPeople[4].sName)
// Simple values: descending.
arrN is array of int = [10, 100, 9]
ArraySort(arrN, asDescending)
Trace(arrN)
