// JSON: structures and arrays to JSON and back; JSONToVariant reads members by name.
STRUCTURE Order
	nNumber is int
	mTotal is real
	sCustomer is string
	arrItems is array of string
END
o is Order
o.nNumber = 42
o.mTotal = 19.5
o.sCustomer = "Zoé ""Z"""
Add(o.arrItems, "pen")
Add(o.arrItems, "ink")
sJSON is string
Serialize(o, sJSON, psdJSON)
Trace(sJSON)
o2 is Order
Deserialize(o2, "{""nNumber"": 7, ""sCustomer"": ""Ann"", ""arrItems"": [""a""], ""other"": 1}", psdJSON)
Trace(o2.nNumber, o2.mTotal, o2.sCustomer, o2.arrItems)
arrOrders is array of Order
Deserialize(arrOrders, "[{""nNumber"": 1}, {""nNumber"": 2, ""mTotal"": 2.25}]", psdJSON)
Trace(ArrayCount(arrOrders), arrOrders[2].nNumber, arrOrders[2].mTotal)
v is Variant = JSONToVariant("{""name"": ""Ann"", ""tags"": [1, 2.5, true, null], ""nested"": {""x"": 3}}")
Trace(v.name, v.nested.x, v.tags[2], VariantToJSON(v.tags))
Trace(VariantToJSON(v))
v = JSONToVariant("{oops")
Trace(ErrorOccurred)
