// ExtractString with a direction and the browse ranks, as real WinDev code writes it
// (`ExtraitChaîne(fExtraitChemin(UnFichier, fFichier), rangPremier, "-", DepuisDébut)`), and
// the method form (`ListeProduits.ExtraitChaîne(2, RC)`). PC SOFT's ExtractString page was
// not found in the searchable corpus: the outputs follow the syntax those calls use
// (FromEnd counts the parts from the end; past the last part, EOT).
s is string = "2024-11-id42.pdf"
Trace(ExtractString(s, 1, "-"), ExtractString(s, 1, "-", FromEnd), ExtractString(s, 2, "-", FromEnd))
Trace(ExtractString(s, 4, "-", FromEnd) = EOT, ExtractString(s, 1, "-", FromBeginning))
// Every part, first to last, then last to first.
p is string = ExtractString("a;b;c", firstRank, ";")
WHILE p <> EOT
	Trace(p)
	p = ExtractString("a;b;c", nextRank, ";")
END
p = ExtractString("a;b;c", firstRank, ";", FromEnd)
WHILE p <> EOT
	Trace(p)
	p = ExtractString("a;b;c", nextRank, ";", FromEnd)
END
p = ExtractString("a;b;c", lastRank, ";")
WHILE p <> EOT
	Trace(p)
	p = ExtractString("a;b;c", previousRank, ";")
END
Products is string = "Paris" + CR + "WEBDEV"
Trace(Products.ExtractString(2, CR))
