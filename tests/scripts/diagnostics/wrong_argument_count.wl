PROCEDURE Greet(sName is string, sGreeting is string = "Hello")
	RESULT sGreeting + " " + sName
END
Trace(Greet())
Trace(Greet("a", "b", "c"))
Trace(Left("abc"))
Trace(Length("a", "b"))
