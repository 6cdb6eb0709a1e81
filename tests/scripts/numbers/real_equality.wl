// PC SOFT's "Reals" page: the = operator is accurate to 10^-6 on the reals; thousands may
// be separated by a space or `_`.
r is real = 0.1 + 0.2
Trace("0.1 + 0.2 = 0.3:", r = 0.3)
Trace("and > 0.3 too:", r > 0.3)
Trace("0.3 <> 0.1 + 0.2:", 0.3 <> 0.1 + 0.2)
Trace("1.0000001 = 1:", 1.0000001 = 1)
Trace("1.00001 = 1:", 1.00001 = 1)
x is 4-byte real = 0.1
Trace("4-byte 0.1 = 0.1:", x = 0.1)
c is currency = 0.1
Trace("currency 0.1 * 3 = 0.3:", c * 3 = 0.3)
n is int = 3
Trace("int 3 = 3.0000001:", n = 3.0000001)
SWITCH r
	CASE 0.3 : Trace("SWITCH: 0.3")
	OTHER CASE : Trace("SWITCH: other")
END
num1 is real = 123 456.478
num2 is real = 7_014.478
nBig is int = 1 000 000
Trace(num1, num2, nBig, 2_500 + 1)
