// A variable declared `is procedure` hides a procedure of the same name where it is declared.
Test()
Trace(Area())

PROCEDURE Area()
	RESULT 1

PROCEDURE Seven()
	RESULT 7

PROCEDURE Test()
	Area is procedure = Seven
	Trace(Area())
