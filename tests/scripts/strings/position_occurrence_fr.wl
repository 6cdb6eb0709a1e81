// Les exemples de la page PositionOccurrence de PC SOFT (même source que
// position_occurrence.wl), écrits avec les noms français : rangPremier, rangSuivant,
// rangDernier, rangPrécédent, SansCasse, DepuisFin.
n est un entier = PositionOccurrence("Antananarivo, Madagascar", "a", 3, DepuisFin)
Trace(n) // 18
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 4)
Trace(n) // 23
MaChaîne est une chaîne = "Antananarivo, Madagascar"
MaPosition est un entier = PositionOccurrence(MaChaîne, "a", rangPremier, SansCasse)
TANTQUE MaPosition <> 0
	Trace(MaPosition)
	MaPosition = PositionOccurrence(MaChaîne, "a", rangSuivant, SansCasse)
FIN
// Le même parcours à l'envers : de rangDernier à rangPrécédent.
MaPosition = PositionOccurrence(MaChaîne, "a", rangDernier, SansCasse)
TANTQUE MaPosition <> 0
	Trace(MaPosition)
	MaPosition = PositionOccurrence(MaChaîne, "a", rangPrécédent, SansCasse)
FIN
