// ExecuteProcess on the events of a window or control (trtClick, trtInit…) needs WinDev: a
// script has none. A procedure that does not exist is reported before anything runs too.
Trace("never printed")
ExecuteProcess(BTN_OK, trtClick)
ExecuteProcess("NoSuchProcedure", trtProcedure)
Execute("NoSuchProcedure", 1)
