// French names written without their accents, as WinDev developers also type them:
// ExtraitChaine for ExtraitChaîne, DepuisDebut for DepuisDébut, rangPrecedent for rangPrécédent.
s est une chaîne = "a;b;c"
Trace(ExtraitChaine(s, 1, ";", DepuisDebut), ExtraitChaine(s, 1, ";", DepuisFin))
Trace(ChaineOccurrence(s, ";"), RepeteChaine("ab", 2), ChaineConstruit("%1-%2", "x", "y"))
Trace(PositionOccurrence("abab", "a", rangDernier), PositionOccurrence("abab", "a", rangPrecedent))
Trace(SansEspace("  x  ", sscExterieur), DateVersChaine("20191225"))
