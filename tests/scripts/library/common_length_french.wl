// TailleCommune, with the examples of PC SOFT's page 3024045.
// Comparaison en partant du début
Trace(TailleCommune("ABCDE", "ABXYZ"))
// Comparaison en partant de la fin
Trace(TailleCommune("VWXYZ", "ABXYZ", DepuisFin))
// Comparaison caractère par caractère
Trace(TailleCommune("New York", "New Yorker"))
// Comparaison par mot entier
Trace(TailleCommune("New York", "New York City", MotComplet))
// Avec et sans prise en compte de la casse
Trace(TailleCommune("ABCDE", "ABCdE"))
Trace(TailleCommune("ABCDE", "ABCdE", SansCasse))
// Cas limites
Trace(TailleCommune("", "ABC"))
Trace(TailleCommune("abc", "abc"))
Trace(TailleCommune("été", "ÉTÉS", SansCasse))
Trace(TailleCommune("ville de Paris", "Paris", DepuisFin + MotComplet))
Trace(TailleCommune("NewYork", "NewYorker", MotComplet))
Trace(TailleCommune("abcX", "abcY", DepuisDébut))
