// Roman numerals both ways: arrays of pairs, WHILE, substrings, Position.
arrValues is array of int = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
arrSymbols is array of string = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]

PROCEDURE ToRoman(LOCAL n is int) : string
	s is string
	FOR i = 1 TO arrValues.Count
		WHILE n >= arrValues[i]
			s += arrSymbols[i]
			n -= arrValues[i]
		END
	END
	RESULT s
END

PROCEDURE FromRoman(s is string) : int
	nTotal is int
	FOR i = 1 TO Length(s)
		nValue is int = Digit(s[[i]])
		IF i < Length(s) _AND_ nValue < Digit(s[[i + 1]]) THEN
			nTotal -= nValue
		ELSE
			nTotal += nValue
		END
	END
	RESULT nTotal
END

PROCEDURE Digit(c is string) : int
	RESULT arrValues[ArraySeek(arrSymbols, asLinear, c)]
END

FOR EACH n OF [1, 4, 9, 14, 40, 90, 400, 1994, 2026, 3999]
	sRoman is string = ToRoman(n)
	Trace(n, sRoman, FromRoman(sRoman) = n)
END
