// `tableau associatif (SansCasse)` : les clés se comparent sans la casse.
ta est un tableau associatif (SansCasse) d'entiers
ta["Marseille"] = 13
ta["MARSEILLE"] += 1
ta["Brest"] = 29
Trace(TableauOccurrence(ta))
Trace(ta["marseille"])
POUR TOUT n, sClé DE ta
	Trace(sClé + " : " + n)
FIN
TableauSupprime(ta, "BREST")
Trace(TableauOccurrence(ta))
