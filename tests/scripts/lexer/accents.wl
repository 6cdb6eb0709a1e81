// Identifiers may contain accented letters; comparisons stay case-insensitive.
nÉlève is int = 3
sPrénom is string = "Zoé"
Trace(NÉLÈVE + 1, sprénom)
PROCEDURE Âge(nAnnée is int)
	RESULT 2026 - nAnnée
END
Trace(âge(2000))
