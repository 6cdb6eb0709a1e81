// hello.wl — the smallest WLanguage script: variables, a condition, a loop, output.
//   wl run examples/hello.wl [your name]

sName is string = CommandLine(1)
IF sName = "" THEN sName = "world"

Info("Hello, " + sName + "!")

// Trace prints its arguments on one line, separated by spaces.
FOR i = 3 TO 1 STEP -1
	Trace("countdown", i)
END
Trace("liftoff")
