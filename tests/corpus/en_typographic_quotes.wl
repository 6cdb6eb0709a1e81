// written for the corpus
PROCEDURE Greeting(sName is string)
Info(“Hello ” + sName)
Trace(“Done”)
