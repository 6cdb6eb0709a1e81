Trace("never printed")
/* this comment never ends
Trace("hidden")
