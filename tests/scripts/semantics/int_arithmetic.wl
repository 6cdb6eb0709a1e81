// `/` on ints gives a real when not exact; `%` keeps the sign of the left operand; mixing with
// reals and strings follows the left operand. Expressions are computed on 8 bytes; storing in
// an int checks the 4-byte range (tests/scripts/numbers/int_overflow.wl).
nMax is int = 2147483647
nMin is int = -2147483648
Trace(nMax + 1, nMin - 1, nMax * 2, -nMin, nMin * -1)
n is int = nMax
n--
Trace(n)
n = nMin
n++
Trace(n)
a is int = 7
b is int = -3
Trace(a % b, -a % b, a % 3, a / b, 6 / 3, a * b + 2, a - b * 2 % 5)
Trace(a + "1", "1" + a, a + 1.5, a * 0.5, a - "2", a < 7.5, a = 7, a <> 7, a <= b, a >= b, a > b, a < b)
c is int = a * b
c += a % 4 * 2 - b
Trace(c)
r is real = 2
r += a
Trace(r, r / 4)
s is string = "n="
s += a
s += a * 2
Trace(s)
x is int = 10
x /= 4
Trace(x)
x = 7
x /= 7
Trace(x)
v is variant = 3
v += 1
Trace(v, v * 2, v % 3)
v = "3"
v += 1
Trace(v)
