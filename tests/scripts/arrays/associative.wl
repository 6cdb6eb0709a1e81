// Associative arrays: string keys (case-sensitive), insertion order, missing keys.
capital is associative array of string
capital["France"] = "Paris"
capital["Japan"] = "Tokyo"
capital["france"] = "lower-case key"
Trace(capital["France"], capital["france"], capital.Count)
Trace("[" + capital["Peru"] + "]")
counts is associative array of int
FOR EACH sWord OF ["a", "b", "a", "c", "a"]
	counts[sWord] += 1
END
FOR EACH n, k OF counts
	Trace(k, n)
END
ArrayDelete(counts, "b")
Trace(counts.Count)
