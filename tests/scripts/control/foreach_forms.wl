// FOR EACH over arrays (with index), associative arrays (value then key) and strings.
arr is array of string = ["a", "b", "c"]
FOR EACH s, i OF arr
	Trace(i, s)
END
stock is associative array of int
stock["pens"] = 12
stock["ink"] = 3
stock["paper"] = 500
FOR EACH nQty, sItem OF stock
	Trace(sItem, nQty)
END
FOR EACH ELEMENT c OF "hé!"
	Trace(c)
END
