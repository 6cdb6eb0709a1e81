// `associative array (WithoutCase)`: keys compare without letter case.
aa is associative array (WithoutCase) of int
aa["Paris"] = 1
aa["PARIS"] += 10
aa["paris"] += 100
aa["Lyon"] = 2
Trace(ArrayCount(aa))
Trace(aa["pArIs"])
Trace(aa["LYON"])
Trace(aa["Nice"])
FOR EACH n, sKey OF aa
	Trace(sKey + " = " + n)
END
ArrayDelete(aa, "lyon")
Trace(ArrayCount(aa))
// The case of letters with accents is set aside too; the accents themselves count.
aa["Été"] = 5
Trace(aa["ÉTÉ"])
Trace(aa["ete"])
// Without the option, keys keep their case.
bb is associative array of int
bb["Paris"] = 1
bb["PARIS"] = 2
Trace(ArrayCount(bb))
