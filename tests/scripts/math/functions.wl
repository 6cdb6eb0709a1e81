// Abs, Round, IntegerPart, Max, Min, Sqrt, Power, Modulo.
Trace(Abs(-4), Abs(2.5), Abs(0))
Trace(Round(1.005, 2), Round(2.675, 2), Round(-2.5), Round(0.5), Round(1234.5678, -2))
Trace(Round(3), Round(2.4), Round(-2.4))
Trace(IntegerPart(9.99), IntegerPart(-9.99), IntegerPart(5))
Trace(Max(3, 9, 4), Min(3, 9, 4), Max(1.5, 1), Min("b", "a"))
Trace(Sqrt(2) > 1.414, Sqrt(81), Power(3, 3), Power(2, -2), Power(4, 0.5))
Trace(Modulo(10, 3), Modulo(-10, 3), Modulo(7.5, 2))
