// Structures: fields with defaults, nested structures, copies are independent.
STRUCTURE Address
	sCity is string = "Paris"
	sZip is string
END
STRUCTURE Person
	sName is string
	nAge is int
	stAddress is Address
	arrTags is array of string
END
p is Person
Trace(p.sName = "", p.nAge, p.stAddress.sCity)
p.sName = "Ann"
p.stAddress.sCity = "Lyon"
p.arrTags.Add("vip")
ArrayAdd(p.arrTags, "new")
q is Person = p
q.sName = "Copy"
q.arrTags[1] = "changed"
Trace(p.sName, p.stAddress.sCity, p.arrTags)
Trace(q.sName, q.arrTags)
people is array of Person
people.Add(p)
people.Add(q)
people[2].nAge = 40
FOR EACH someone OF people
	Trace(someone.sName, someone.nAge)
END
