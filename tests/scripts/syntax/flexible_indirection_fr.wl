// Égalités souples et indirection, mots-clés français.
SI "  Dupont" ~= "DUPONT" ALORS Trace("souple")
SI "S.N.C.F." ~~ "sncf" ALORS Trace("très souple")
nTotal est un entier = 1
{"nTotal"} = 41
{"nTotal", indVariable}++
Trace(nTotal)
SELON nTotal
	CAS 40 < * < 50 : Trace("entre 40 et 50")
	AUTRE CAS : Trace("ailleurs")
FIN
