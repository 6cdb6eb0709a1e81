PROCEDURE SendReport(sTo is string)
	Trace("sending to " + sTo)
END
Trace("never printed")
SendRepport("boss@example.org")
ComputeTotals()
