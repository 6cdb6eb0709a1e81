// Flexible equality ~= and ~~, SWITCH with CASE 10 < * < 20, indirection {"name"}.
Trace("  Smith" ~= "SMITH", "C'est l'été" ~= "c'est l'ete", "Smith" = "SMITH")
Trace("I.R.S." ~~ "IRS", "New-York" ~~ "new york", "ab" ~~ "abc")

FOR EACH n OF [5, 15, 20, 25, 40]
	SWITCH n
		CASE 10 < * < 20: Trace(n, "between 10 and 20 (excluded)")
		CASE 20 <= * <= 30: Trace(n, "between 20 and 30 (included)")
		CASE > 30: Trace(n, "above 30")
		OTHER CASE: Trace(n, "other")
	END
END

nCount is int = 3
sCity is string = "Paris"
Trace({"nCount"}, {"SCITY", indVariable})
sName is string = "nCount"
{sName} = 10
{sName} += 5
Trace(nCount)
Show("sCity")

PROCEDURE Show(sVariable is string)
	sLocal is string = "local"
	Trace({sVariable}, {"sLocal"})
END
