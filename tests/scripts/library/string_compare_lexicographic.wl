// Lexicographic order depends on a locale: wl does not provide it, and says so.
Trace(ChaîneCompare("a", "B", ccOrdreLexicographique))
