// DateHeureValide, les exemples de la page DateTimeValid de PC SOFT
// (https://doc.windev.com/?1000020940) écrits avec les noms français.
Res est un booléen
Res = DateHeureValide("2001122523122222")
Trace(Res) // True (Vrai)
Res = DateHeureValide("200125122312")
Trace(Res) // False (Faux)
Res = DateHeureValide("200123")
Trace(Res) // False (Faux)
Res = DateHeureValide("1482122524")
Trace(Res) // False (Faux)
Trace(DateValide("15821010"), DateHeureValide("158210151200")) // False True
