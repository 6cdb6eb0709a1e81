// Calling a procedure variable that holds no procedure stops the script.
p is procedure
Trace("before")
p(1)
Trace("not reached")
