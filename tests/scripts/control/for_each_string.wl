// FOR EACH STRING: the pieces of a text between separators.
sList is string = "alice@example.org;bob@example.org;;carol@example.org"
FOR EACH STRING sAddress OF sList SEPARATED BY ";"
	Trace("[" + sAddress + "]")
END
n is int = 0
FOR EACH STRING sWord, i OF "one two  three" SEPARATED BY " "
	IF sWord = "" THEN CONTINUE
	Trace(i, sWord)
	n++
END
Trace(n)
// TAB when no separator is given
FOR EACH STRING s OF "a" + TAB + "b"
	Trace(s)
END
// an empty text has no piece; a separator at the end gives a last empty piece
FOR EACH STRING s OF "" SEPARATED BY ","
	Trace("never")
END
FOR EACH STRING s OF "x," SEPARATED BY ","
	Trace("<" + s + ">")
END
// several separators: any of them cuts
arrSep is array of strings = [",", ";", CR]
FOR EACH STRING s OF "1,2;3" + CR + "4" SEPARATED BY arrSep
	Trace(s)
END
// BREAK, and French keywords
POUR TOUTE CHAÎNE sMot DE "un/deux/trois" SÉPARÉE PAR "/"
	SI sMot = "trois" ALORS SORTIR
	Trace(sMot)
FIN
// a number is taken as its text; plain FOR EACH over a string still gives its characters
FOR EACH STRING d OF 1.5 SEPARATED BY "."
	Trace(d)
END
FOR EACH c OF "ab"
	Trace(c)
END
