// Sized and qualified integer types, declared the way WinDev code writes them.
n1 is 1-byte int = 127
n2 is a 2-byte int = -32768
n4 is 4-byte int = 2147483647
n8 is an 8-byte int = 9223372036854775807
u1 is unsigned 1-byte int = 255
u4 is unsigned int = 4294967295
b est un octet = 200
e8 est un entier sur 8 octets = 5000000000
es est un entier sans signe sur 2 octets = 65535
d is Duration = 2 h 30 min
Trace(n1, n2, n4, n8, u1, u4, b, e8, es, d..InMinutes)
WHEN EXCEPTION IN
	n1 = n1 + 1
DO
	Trace(ExceptionInfo(errMessage))
END
Trace(n1)
WHEN EXCEPTION IN
	es = -1
DO
	Trace(ExceptionInfo(errMessage))
END
