// ExecuteProcess(<procedure>, trtProcedure [, arguments]) and Execute(<procedure> [, arguments])
// call a procedure by its name: the procedure itself, its name written in the call, or a
// string computed when the script runs. The arguments are passed by value.
PROCEDURE Double_Number(X)
RESULT 2 * X
END

PROCEDURE Greet(sName is string = "world")
Trace("hello " + sName)
END

PROCEDURE Increment(n is int)
n++
RESULT n
END

Trace(ExecuteProcess(Double_Number, trtProcedure, 21))
Trace(ExecuteProcess("Double_Number", trtProcedure, 5))
sProcedure is string = "double_number"
Trace(ExecuteProcess(sProcedure, trtProcedure, 7))
ExecuteProcess(Greet, trtProcedure)
ExecuteProcess("Gr" + "eet", trtProcedure, "Ann")
// PC SOFT's example for Execute (Exécute): Info(Exécute("Doubler_Nombre", 2)) displays 4.
Trace(Execute("Double_Number", 2))
Trace(Execute(sProcedure, 3))
nCount is int = 1
Trace(ExecuteProcess(Increment, trtProcedure, nCount), nCount)
sProcedure = "Increment"
Trace(ExecuteProcess(sProcedure, trtProcedure, nCount), nCount)
// A name that is no procedure of the script is a fatal error when the call runs.
sProcedure = "BTN_OK"
ExecuteProcess(sProcedure, trtProcedure)
Trace("never printed")
