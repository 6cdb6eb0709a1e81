// An internal procedure called before its declaration: WinDev would call it, and wl sees it
// only from its declaration on, so the call is reported rather than sent to the script's
// procedure of the same name.
Trace(Outer())

PROCEDURE Helper()
	RESULT 7

PROCEDURE Outer()
	n is int = Helper()
	INTERNAL PROCEDURE Helper()
		RESULT 77
	END
	RESULT n + Helper()
