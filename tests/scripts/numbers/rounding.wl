// Round rounds half away from zero on the number's decimal digits (PC SOFT: "0.5 and 0.99:
// the number is rounded to 1"); RoundUp / RoundDown go up / down.
Trace(Round(-16.238167, 2))
Trace(Round(2.4999999), Round(2.5), Round(-2.5), Round(3.2), Round(3.7))
Trace(Round(2.675, 2), Round(1.005, 2), Round(9.995, 2), Round(1234.5, -2))
Trace(Arrondi(0.125, 2), Round(7), Round(7, 2))
c is currency = 2.345
Trace(Round(c, 2), Round(-c, 2))
Trace(RoundUp(2.1), RoundUp(-2.1), RoundDown(2.9), RoundDown(-2.1), RoundUp(1.231, 2))
Trace(ArrondiSupérieur(2.01), ArrondiInférieur(2.99))
Trace(IntegerPart(7.9), IntegerPart(-7.9), PartieEntière(42), DecimalPart(1.1), DecimalPart(-2.25))
Trace(PartieDécimale(3))
