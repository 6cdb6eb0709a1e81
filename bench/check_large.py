#!/usr/bin/env python3
"""Writes a large WLanguage script (default 200,000 lines) for timing `wl check`: the same
realistic procedure body repeated, each copy under its own procedure name, so the resolver
sees as many procedures as the parser. Usage: bench/check_large.py [LINES] > /tmp/large.wl
then `time target/release/wl check /tmp/large.wl` (or bench/count.sh-style callgrind)."""
import sys

TEMPLATE = """// Copy {i}: totals per customer, a report and a few checks.
PROCEDURE Report{i}(arrOrders is array of string, sSeparator is string = ";") : string
	totals is associative array of real
	sResult is string = ""
	nCount is int = 0
	FOR EACH sLine OF arrOrders
		sCustomer is string = ExtractString(sLine, 1, sSeparator)
		rAmount is real = Val(ExtractString(sLine, 2, sSeparator))
		IF sCustomer = "" THEN CONTINUE
		totals[sCustomer] += rAmount
		nCount++
	END
	FOR EACH rTotal, sCustomer OF totals
		sResult += Complete(sCustomer, 10) + NumToString(rTotal, "8.2f") + CR
	END
	SWITCH nCount
		CASE 0: sResult = "empty"
		CASE 1, 2
			sResult += "few lines"
		CASE 3 TO 9: sResult += "some lines"
		OTHER CASE
			sResult += "many lines"
	END
	i is int = 1
	WHILE i <= 10 AND NOT (sResult = "")
		IF i % 2 = 0 THEN
			sResult += "[" + i + "]"
		ELSE IF i > 7
			sResult += "<" + i + ">"
		ELSE
			sResult = Upper(sResult[[1 TO 5]]) + sResult
		END
		i += 1
	END
	LOOP(3)
		nCount = Max(nCount - 1, 0)
	END
	WHEN EXCEPTION IN
		nCount = nCount / (i - i)
	DO
		Trace(ExceptionInfo(errMessage))
	END
	RESULT sResult
END

"""

def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    per_copy = TEMPLATE.count("\n")
    out = sys.stdout
    for i in range(lines // per_copy + 1):
        out.write(TEMPLATE.format(i=i))

if __name__ == "__main__":
    main()
