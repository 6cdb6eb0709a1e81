// A print queue: SWITCH on commands, WHILE over a work list, string building.
arrQueue is array of string
arrCommands is array of string = ["add report.pdf", "add photo.png", "list", "print", "add notes.txt", "print", "print", "print", "list"]
FOR EACH sCommand OF arrCommands
	sVerb is string = ExtractString(sCommand, 1, " ")
	sArg is string = ExtractString(sCommand, 2, " ")
	SWITCH sVerb
		CASE "add"
			arrQueue.Add(sArg)
			Trace("queued", sArg, "(" + arrQueue.Count + " waiting)")
		CASE "print"
			IF arrQueue.Count = 0 THEN
				Trace("nothing to print")
			ELSE
				Trace("printing", arrQueue[1])
				ArrayDelete(arrQueue, 1)
			END
		CASE "list"
			sList is string
			FOR i = 1 TO arrQueue.Count
				IF i > 1 THEN sList += ", "
				sList += NumToString(i) + "." + arrQueue[i]
			END
			IF sList = "" THEN sList = "(empty)"
			Trace("queue:", sList)
		OTHER CASE
			Trace("unknown command", sVerb)
	END
END
