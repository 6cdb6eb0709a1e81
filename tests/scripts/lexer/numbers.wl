// Integer, real, exponent and hexadecimal literals.
Trace(0, 007, 42, 0xff, 0X10)
Trace(3.25, 1e2, 2.5e-1, 1E3)
Trace(9223372036854775807)
Trace(-9223372036854775807 - 1)
Trace(0.5 + 0.25 = 0.75, 1.0)
Trace(1e300 * 10 > 1e300)
