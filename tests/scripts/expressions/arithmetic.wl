// + - * / % ^ and modulo; integer division gives a real when not exact.
Trace(7 + 3, 7 - 3, 7 * 3, 7 / 2, 8 / 4, 7 % 3, 2 ^ 10)
Trace(-7 % 3, 7 modulo 4, 10 / 4 * 2)
Trace(1.5 * 2, 0.5 + 0.25, 10 / 3)
Trace(2 ^ 0.5 > 1.41, 2 ^ -1)
n is int = 5
Trace(-n, - -n, -(-n))
