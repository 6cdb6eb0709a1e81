// source: doc.windev.com "Appendix 5. Conditional statements" (IF example)
RandomNumber is int
// Resets the random number generator
InitRandom()
// Selects a number between 1 and 100
RandomNumber = Random(100)
IF RandomNumber <= 50 THEN
	Trace("The number is less than or equal to 50")
ELSE
	Trace("The number is greater than 50")
END
