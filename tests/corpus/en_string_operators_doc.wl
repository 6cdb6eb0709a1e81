// source: doc.windev.com "Operators on character strings" (example), English keywords
PROCEDURE StringOperatorsDemo()
Text is string = "San Francisco"
sRes is string

sRes = Text[[5]]                // Returns "F"
sRes = Text[[5 TO 10]]          // Returns "Franci"
sRes = Text[[5 TO]]             // Returns "Francisco"
sRes = Text[[TO 10]]            // Returns "San Franci"
sRes = Text[[10 ON 4]]          // Returns "isco"
sRes = Text + " and New York"   // Returns "San Francisco and New York"
IF Text [= "San" THEN Trace(Text)
IF Text ~~ "sanfrancisco" THEN Trace("very flexible equality")
