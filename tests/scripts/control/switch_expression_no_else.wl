// Without ELSE, a number with no value is an error (the documentation gives no value for it).
Trace(SWITCH(2, "a", "b"))
Trace(SWITCH(7, "a", "b"))
