// Forms wl reads but does not run yet: each is reported once, where it is.
n1 is 4-byte int
n2 is unsigned int
s1 is string ANSI
s2 is fixed string on 20
m is numeric (2,15)
s3 is string ANSI on 20
n is numeric (12)
aa is associative array (WithDuplicates) of int
d is Duration = 2 h 30 min

PROCEDURE Outer()
	INTERNAL PROCEDURE Inner()
		Trace("inner")
	END
	Inner()
END
